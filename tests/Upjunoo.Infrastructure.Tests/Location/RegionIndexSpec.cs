using System.Text.Json;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;
using static Upjunoo.Infrastructure.Tests.Location.Fleet;

namespace Upjunoo.Infrastructure.Tests.Location;

public sealed class RegionIndexSpec
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public void An_older_position_never_replaces_a_newer_one()
    {
        var index = new RegionIndex();
        Assert.True(index.Upsert(Envelope("d1", North(Plateau, 100), Now)));
        Assert.False(index.Upsert(Envelope("d1", Plateau, Now.AddSeconds(-5))));
        Assert.Equal(100, index.Query(Plateau, 1000, null, 10).Single().DistanceM, 0);
    }

    [Fact]
    public void Query_ranks_by_distance_filters_by_service_and_limits()
    {
        var index = new RegionIndex();
        index.Upsert(Envelope("far", North(Plateau, 400), Now));
        index.Upsert(Envelope("near", East(Plateau, 100), Now));
        index.Upsert(Envelope("moto", North(Plateau, 50), Now, Card("Koffi", "moto")));
        index.Upsert(Envelope("outside", North(Plateau, 900), Now));

        Assert.Equal(["near", "far"], index.Query(Plateau, 500, "car", 10).Select(d => d.DriverId));
        Assert.Equal(["moto"], index.Query(Plateau, 500, null, 1).Select(d => d.DriverId));
    }

    [Fact]
    public void Stale_drivers_are_evicted_by_receive_time()
    {
        var index = new RegionIndex();
        index.Upsert(Envelope("old", Plateau, Now) with { ReceivedAt = Now.AddSeconds(-61) });
        index.Upsert(Envelope("fresh", Plateau, Now));
        Assert.Equal(1, index.EvictStale(Now.AddSeconds(-60)));
        Assert.True(index.Contains("fresh"));
    }

    [Fact]
    public void A_nearby_entry_shows_no_plate_phone_or_surname()
    {
        var index = new RegionIndex();
        index.Upsert(Envelope("d1", Plateau, Now));
        var json = JsonSerializer.Serialize(index.Query(Plateau, 100, null, 1), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.DoesNotContain("AB-123-CI", json, StringComparison.Ordinal);
        Assert.DoesNotContain("plate", json, StringComparison.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(json);
        var entry = doc.RootElement[0];
        Assert.Equal(
            ["distanceM", "driverId", "etaSeconds", "firstName", "position", "rating", "vehicle"],
            entry.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["color", "make", "model"], entry.GetProperty("vehicle").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static PingEnvelope Envelope(string id, Domain.Geo.GeoPoint at, DateTimeOffset when, DriverCard? card = null) =>
        new(id, card ?? Card(), Ping(at, when), when, Geohash.Encode(at, 6), 1, 0);
}
