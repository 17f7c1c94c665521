using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;
using static Upjunoo.Infrastructure.Tests.Location.Fleet;

namespace Upjunoo.Infrastructure.Tests.Location;

public sealed class RegionActorSpec : Akka.TestKit.Xunit2.TestKit
{
    private readonly LocationCounters _counters = new();

    [Fact]
    public void A_driver_crossing_a_cell_boundary_leaves_the_old_cell()
    {
        var (pipeline, router) = Start(new LocationSettings());
        var now = DateTimeOffset.UtcNow;
        var from = Plateau;
        var to = North(Plateau, 2_000);
        var (oldCell, newCell) = (Geohash.Encode(from, 6), Geohash.Encode(to, 6));
        Assert.NotEqual(oldCell, newCell);

        pipeline.TryOffer("d1", Card(), [Ping(from, now.AddSeconds(-60))]);
        AwaitAssert(() => Assert.Equal(["d1"], Drivers(router, oldCell, from)));

        pipeline.TryOffer("d1", Card(), [Ping(to, now)]);
        AwaitAssert(() =>
        {
            Assert.Equal(["d1"], Drivers(router, newCell, to));
            Assert.Empty(Drivers(router, oldCell, from));
        });
    }

    [Fact]
    public void A_driver_not_heard_from_is_evicted()
    {
        var (pipeline, router) = Start(new LocationSettings { StaleAfter = TimeSpan.FromMilliseconds(300), StaleSweepInterval = TimeSpan.FromMilliseconds(100) });
        var cell = Geohash.Encode(Plateau, 6);
        pipeline.TryOffer("d1", Card(), [Ping(Plateau, DateTimeOffset.UtcNow)]);
        AwaitAssert(() => Assert.Equal(["d1"], Drivers(router, cell, Plateau)));

        AwaitAssert(() => Assert.Empty(Drivers(router, cell, Plateau)), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void A_driver_going_offline_or_busy_is_removed_and_comes_back_with_the_next_ping()
    {
        var (pipeline, router) = Start(new LocationSettings());
        var cell = Geohash.Encode(Plateau, 6);
        var now = DateTimeOffset.UtcNow;
        pipeline.TryOffer("d1", Card(), [Ping(Plateau, now.AddSeconds(-5))]);
        AwaitAssert(() => Assert.Equal(["d1"], Drivers(router, cell, Plateau)));

        pipeline.RemoveDriver("d1");
        AwaitAssert(() => Assert.Empty(Drivers(router, cell, Plateau)));

        pipeline.TryOffer("d1", Card(), [Ping(Plateau, now)]);
        AwaitAssert(() => Assert.Equal(["d1"], Drivers(router, cell, Plateau)));
        AwaitAssert(() => Assert.Equal(0, _counters.InFlight));
    }

    private (LocationPipeline Pipeline, LocalRegionRouter Router) Start(LocationSettings settings)
    {
        var router = new LocalRegionRouter(Sys, settings, _counters);
        return (LocationPipeline.Start(Sys, router, settings, _counters), router);
    }

    private static IEnumerable<string> Drivers(IRegionRouter router, string cell, Domain.Geo.GeoPoint center)
    {
        var answer = router.Ask(new QueryNearby(cell, center, 5_000, null, 10), TimeSpan.FromSeconds(3), CancellationToken.None).GetAwaiter().GetResult();
        return ((NearbyResult)answer).Drivers.Select(d => d.DriverId).ToList();
    }
}
