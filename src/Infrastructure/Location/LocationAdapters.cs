using Upjunoo.Application.Drivers;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Metrics;

namespace Upjunoo.Infrastructure.Location;

/// <summary>The <see cref="ILocationIngest"/> port over the Akka.Streams pipeline.</summary>
public sealed class LocationIngest(LocationPipeline pipeline, UpjunooMetrics metrics) : ILocationIngest
{
    public PingIngestResult Offer(string driverId, DriverCard card, IReadOnlyList<LocationPing> pings)
    {
        var result = pipeline.TryOffer(driverId, card, pings);
        if (!result.IsFull)
        {
            metrics.PingsIngested(result.Accepted);
        }

        return new PingIngestResult(result.IsFull, result.Accepted, [.. result.Rejected.Select(r => (r.Index, r.Reason))], result.RetryAfter);
    }

    public void Remove(string driverId) => pipeline.RemoveDriver(driverId);
}

/// <summary>The <see cref="INearbyDrivers"/> port over the region index (the same query dispatch uses).</summary>
public sealed class NearbyDrivers(NearbyQuery query) : INearbyDrivers
{
    public Task<IReadOnlyList<NearbyDriver>> Find(
        GeoPoint center, double radiusM, string? service, PartnerKind? kind, int limit, CancellationToken cancellationToken) =>
        query.FindAsync(center, radiusM, service, limit, cancellationToken, kind);
}
