using Akka.Streams;
using Akka.Streams.TestKit;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;
using static Upjunoo.Infrastructure.Tests.Location.Fleet;

namespace Upjunoo.Infrastructure.Tests.Location;

public sealed class LocationPipelineSpec : Akka.TestKit.Xunit2.TestKit
{
    private static readonly LocationSettings Slow = new() { ChannelCapacity = 1, MaxConflated = 1, DeliveryParallelism = 1 };
    private readonly LocationCounters _counters = new();

    [Fact]
    public void Accepted_pings_reach_their_region_and_rejections_come_back_with_index_and_reason()
    {
        var probe = CreateTestProbe();
        var jumps = new List<ImpossibleJump>();
        var pipeline = LocationPipeline.Start(Sys, new ProbeRouter(probe), new LocationSettings(), _counters, onFraud: jumps.Add);
        var now = DateTimeOffset.UtcNow;

        var result = pipeline.TryOffer("d1", Card(), [
            Ping(Plateau, now.AddSeconds(-10)),
            Ping(Plateau with { Lat = double.NaN }, now),
            Ping(North(Plateau, 50_000), now.AddSeconds(-5)),
            Ping(North(Plateau, 60), now),
        ]);

        Assert.False(result.IsFull);
        Assert.Equal(2, result.Accepted);
        Assert.Equal([(1, "invalid-coordinates"), (2, "impossible-speed")], result.Rejected.Select(r => (r.Index, r.ReasonName)));
        Assert.Equal("d1", Assert.Single(jumps).DriverId);

        var update = probe.ExpectMsg<UpdatePositions>();
        var delivered = Assert.Single(update.Batch);
        Assert.Equal(North(Plateau, 60), delivered.Ping.Position);
        Assert.Equal(Geohash.Encode(North(Plateau, 60), 6), update.Cell);
        probe.Reply(new PositionsApplied(update.Cell, 1));
    }

    [Fact]
    public void While_the_regions_are_busy_only_the_newest_ping_per_driver_is_kept()
    {
        var probe = CreateTestProbe();
        var pipeline = LocationPipeline.Start(Sys, new ProbeRouter(probe), SlowButRoomy(), _counters);
        var now = DateTimeOffset.UtcNow;
        pipeline.TryOffer("d1", Card(), [Ping(Plateau, now.AddSeconds(-30))]);
        var first = probe.ExpectMsg<UpdatePositions>(); // not answered yet: the region is busy

        for (var i = 1; i <= 3; i++)
        {
            Assert.False(pipeline.TryOffer("d1", Card(), [Ping(North(Plateau, i * 10), now.AddSeconds(-30 + i))]).IsFull);
        }

        // The three newer pings reach the waiting batch asynchronously: release the region only once the batch holds
        // the newest and has superseded the two older ones (on a loaded machine this can take a moment).
        AwaitAssert(() => Assert.Equal(2, _counters.Superseded));
        probe.Reply(new PositionsApplied(first.Cell, 1));
        var next = probe.ExpectMsg<UpdatePositions>();
        Assert.Equal(North(Plateau, 30), Assert.Single(next.Batch).Ping.Position);
        probe.Reply(new PositionsApplied(next.Cell, 1));
    }

    [Fact]
    public void A_full_pipeline_refuses_at_once_and_takes_pings_again_once_drained()
    {
        var probe = CreateTestProbe();
        var pipeline = LocationPipeline.Start(Sys, new ProbeRouter(probe), Slow, _counters);
        var now = DateTimeOffset.UtcNow;

        var offered = 0;
        OfferResult result;
        do
        {
            result = pipeline.TryOffer("d" + offered++, Card(), [Ping(Plateau, now)]);
        }
        while (!result.IsFull && offered < 100);

        Assert.True(result.IsFull);
        Assert.InRange(offered, 2, 10);
        Assert.Equal(TimeSpan.FromSeconds(1), result.RetryAfter);
        Assert.Equal(1, _counters.RefusedRequests);

        probe.ReceiveWhile(TimeSpan.FromSeconds(1), o => { probe.Reply(new PositionsApplied(((UpdatePositions)o).Cell, 1)); return o; });
        Assert.False(pipeline.TryOffer("late", Card(), [Ping(Plateau, now)]).IsFull);
    }

    [Fact]
    public async Task Completing_the_pipeline_drains_it_and_stops_every_stage()
    {
        var probe = CreateTestProbe();
        await this.AssertAllStagesStoppedAsync(async () =>
        {
            var pipeline = LocationPipeline.Start(Sys, new ProbeRouter(probe), new LocationSettings(), _counters);
            pipeline.TryOffer("d1", Card(), [Ping(Plateau, DateTimeOffset.UtcNow)]);
            pipeline.Complete();
            var update = await probe.ExpectMsgAsync<UpdatePositions>();
            probe.Reply(new PositionsApplied(update.Cell, 1));
            await pipeline.Completion.WaitAsync(TimeSpan.FromSeconds(3));
            Assert.True(pipeline.Completion.IsCompletedSuccessfully);
        }, Materializer);
    }

    private Akka.Streams.IMaterializer Materializer => Sys.Materializer();

    private static LocationSettings SlowButRoomy() => new() { ChannelCapacity = 16, MaxConflated = 16, DeliveryParallelism = 1 };
}
