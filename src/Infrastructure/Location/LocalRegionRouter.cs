using System.Collections.Concurrent;
using Akka.Actor;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// One <see cref="RegionActor"/> per cell inside this process, created by the first position for the cell.
/// Queries and removals for a cell nobody ever reported from are answered here without creating an actor.
/// </summary>
public sealed class LocalRegionRouter(ActorSystem system, LocationSettings settings, LocationCounters counters, TimeProvider? time = null)
    : IRegionRouter
{
    private readonly ConcurrentDictionary<string, Lazy<IActorRef>> _regions = new(StringComparer.Ordinal);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public int RegionCount => _regions.Count;

    public void Tell(IRegionMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Find(message)?.Tell(message);
    }

    public Task<object> Ask(IRegionMessage message, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Find(message) is { } region
            ? region.Ask<object>(message, timeout, cancellationToken)
            : Task.FromResult<object>(message is QueryNearby q ? NearbyResult.Empty(q.Cell) : new PositionsApplied(message.Cell, 0));
    }

    private IActorRef? Find(IRegionMessage message)
    {
        if (message is UpdatePositions)
        {
            return _regions.GetOrAdd(
                message.Cell,
                cell => new Lazy<IActorRef>(() => system.ActorOf(RegionActor.Props(cell, settings, counters, _time), "region-" + cell))).Value;
        }

        return _regions.TryGetValue(message.Cell, out var region) ? region.Value : null;
    }
}
