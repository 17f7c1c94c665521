using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The available drivers of one region cell with their latest position. Not thread-safe: one owner (a
/// <see cref="RegionActor"/>). A cell holds at most a few hundred drivers, so a linear scan with a cheap
/// latitude pre-filter beats any tree here.
/// </summary>
public sealed class RegionIndex(EtaEstimator eta)
{
    private const double MetresPerDegreeLat = Haversine.EarthRadiusM * Math.PI / 180;
    private readonly Dictionary<string, PingEnvelope> _drivers = new(StringComparer.Ordinal);

    public RegionIndex()
        : this(EtaEstimator.Default)
    {
    }

    public int Count => _drivers.Count;

    public bool Contains(string driverId) => _drivers.ContainsKey(driverId);

    /// <summary>Keeps the newer of the held and the given position; false when the given one is older.</summary>
    public bool Upsert(PingEnvelope position)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (_drivers.TryGetValue(position.DriverId, out var held) && held.Ping.At > position.Ping.At)
        {
            return false;
        }

        _drivers[position.DriverId] = position;
        return true;
    }

    /// <summary>Removes the driver unless the held position is newer than <paramref name="asOf"/>.</summary>
    public bool Remove(string driverId, DateTimeOffset asOf) =>
        _drivers.TryGetValue(driverId, out var held) && held.Ping.At <= asOf && _drivers.Remove(driverId);

    /// <summary>Drops the drivers not heard from since <paramref name="receivedBefore"/> (server time).</summary>
    public int EvictStale(DateTimeOffset receivedBefore)
    {
        var stale = _drivers.Values.Where(p => p.ReceivedAt < receivedBefore).Select(p => p.DriverId).ToList();
        foreach (var id in stale)
        {
            _drivers.Remove(id);
        }

        return stale.Count;
    }

    /// <summary>The drivers within the circle offering the service, nearest first, at most <paramref name="limit"/>.</summary>
    public List<NearbyDriver> Query(GeoPoint center, double radiusM, string? service, int limit, PartnerKind? kind = null)
    {
        // Rank (distance, entry) pairs first and build result records only for the few that are returned.
        var hits = new List<(double DistanceM, PingEnvelope Entry)>();
        var maxDLat = radiusM / MetresPerDegreeLat;
        foreach (var p in _drivers.Values)
        {
            var position = p.Ping.Position;
            if (Math.Abs(position.Lat - center.Lat) > maxDLat || (kind is { } k && p.Card.Kind != k) || !p.Card.Offers(service))
            {
                continue;
            }

            var distance = Haversine.DistanceM(center, position);
            if (distance <= radiusM)
            {
                hits.Add((distance, p));
            }
        }

        hits.Sort(static (a, b) => a.DistanceM.CompareTo(b.DistanceM));
        var found = new List<NearbyDriver>(Math.Min(limit, hits.Count));
        foreach (var (distance, p) in hits.Take(limit))
        {
            var card = p.Card;
            found.Add(new NearbyDriver(p.DriverId, card.FirstName, card.Vehicle, card.Rating, distance, eta.EtaSeconds(distance), p.Ping.Position));
        }

        return found;
    }
}
