using Akka.Actor;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The available drivers of one geohash cell. Not persistent: the index is soft state that the location stream
/// rebuilds within seconds after a restart or a rebalance. Evicts drivers not heard from for
/// <see cref="LocationSettings.StaleAfter"/> on an Akka timer.
/// </summary>
public sealed class RegionActor : ReceiveActor, IWithTimers
{
    private readonly LocationSettings _settings;
    private readonly RegionIndex _index;

    public RegionActor(string cell, LocationSettings settings, LocationCounters counters, TimeProvider time)
    {
        _settings = settings;
        _index = new RegionIndex(settings.Eta);

        Receive<UpdatePositions>(m =>
        {
            var applied = 0;
            foreach (var p in m.Batch)
            {
                if (_index.Upsert(p))
                {
                    applied++;
                    counters.AddApplied(1);
                    counters.AddSuperseded(p.Pings - 1);
                }
                else
                {
                    counters.AddOutOfOrder(p.Pings);
                }
            }

            if (!Sender.IsNobody() && !Sender.Equals(Context.System.DeadLetters))
            {
                Sender.Tell(new PositionsApplied(cell, applied));
            }
        });
        Receive<RemoveDriver>(m => _index.Remove(m.DriverId, m.AsOf));
        Receive<QueryNearby>(q => Sender.Tell(new NearbyResult(cell, _index.Query(q.Center, q.RadiusM, q.Service, q.Limit, q.Kind))));
        Receive<EvictStale>(_ => _index.EvictStale(time.GetUtcNow() - _settings.StaleAfter));
    }

    public ITimerScheduler Timers { get; set; } = null!;

    public static Props Props(string cell, LocationSettings settings, LocationCounters counters, TimeProvider time) =>
        Akka.Actor.Props.Create(() => new RegionActor(cell, settings, counters, time));

    protected override void PreStart() =>
        Timers.StartPeriodicTimer(EvictStale.Instance, EvictStale.Instance, _settings.StaleSweepInterval);

    private sealed class EvictStale
    {
        public static readonly EvictStale Instance = new();
    }
}
