using Upjunoo.Application.Stores;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Reads the <c>stores</c> read model: a bounding box in SQL (portable), the exact circle in the handler.</summary>
public sealed class SqlStoreDirectory(ReadModelDatabase database) : IStoreDirectory
{
    private const double MetresPerDegree = 111_320;

    public async Task<IReadOnlyList<StoreListing>> Near(GeoPoint center, int radiusM, int limit, CancellationToken cancellationToken)
    {
        var dLat = radiusM / MetresPerDegree;
        var dLng = radiusM / (MetresPerDegree * Math.Max(0.01, Math.Cos(center.Lat * Math.PI / 180)));
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, """
            SELECT store_id, name, address, lat, lng, country, hours, delivery_radius_m
            FROM stores
            WHERE lat BETWEEN @minLat AND @maxLat AND lng BETWEEN @minLng AND @maxLng
            LIMIT @limit
            """, ("@minLat", center.Lat - dLat), ("@maxLat", center.Lat + dLat), ("@minLng", center.Lng - dLng), ("@maxLng", center.Lng + dLng),
            ("@limit", limit * 4));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var stores = new List<StoreListing>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stores.Add(new StoreListing(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), new GeoPoint(reader.GetDouble(3), reader.GetDouble(4)),
                Enum.Parse<CountryCode>(reader.GetString(5)), StoreDirectoryProjection.HoursOf(reader.GetString(6)), reader.GetInt32(7)));
        }

        return [.. stores.OrderBy(s => Haversine.DistanceM(center, s.Position)).Take(limit)];
    }
}
