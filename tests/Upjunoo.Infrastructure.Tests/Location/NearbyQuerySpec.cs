using Upjunoo.Infrastructure.Location;
using static Upjunoo.Infrastructure.Tests.Location.Fleet;

namespace Upjunoo.Infrastructure.Tests.Location;

public sealed class NearbyQuerySpec : Akka.TestKit.Xunit2.TestKit
{
    [Fact]
    public async Task Drivers_in_every_cell_of_the_circle_come_back_nearest_first_with_an_eta()
    {
        var settings = new LocationSettings();
        var counters = new LocationCounters();
        var router = new LocalRegionRouter(Sys, settings, counters);
        var pipeline = LocationPipeline.Start(Sys, router, settings, counters);
        var now = DateTimeOffset.UtcNow;
        (string Id, double NorthM, double EastM)[] fleet = [("a", 2_500, 0), ("b", 0, 300), ("c", -1_200, -900), ("d", 0, 3_500), ("e", 10, 10)];
        foreach (var (id, n, e) in fleet)
        {
            pipeline.TryOffer(id, Card("Awa", "car"), [Ping(East(North(Plateau, n), e), now)]);
        }

        pipeline.TryOffer("moto", Card("Koffi", "moto"), [Ping(North(Plateau, 100), now)]);
        var query = new NearbyQuery(router, settings);

        await AwaitAssertAsync(async () =>
        {
            var found = await query.FindAsync(Plateau, 3_000, "car", 3, CancellationToken.None);
            Assert.Equal(["e", "b", "c"], found.Select(d => d.DriverId));
            Assert.All(found, d => Assert.InRange(d.EtaSeconds, (int)(d.DistanceM / 7), (int)(d.DistanceM / 4) + 1));
        });
        var all = await query.FindAsync(Plateau, 3_000, null, 50, CancellationToken.None);
        Assert.Equal(["e", "moto", "b", "c", "a"], all.Select(d => d.DriverId));
        Assert.Equal("white", all[0].Vehicle!.Color);
    }

    [Fact]
    public async Task A_query_where_nobody_ever_reported_is_empty_and_starts_no_region()
    {
        var settings = new LocationSettings();
        var router = new LocalRegionRouter(Sys, settings, new LocationCounters());
        Assert.Empty(await new NearbyQuery(router, settings).FindAsync(Plateau, 3_000, null, 10, CancellationToken.None));
        Assert.Equal(0, router.RegionCount);
    }
}
