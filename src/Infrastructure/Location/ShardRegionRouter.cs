using Akka.Actor;

namespace Upjunoo.Infrastructure.Location;

/// <summary>Routes through a cluster shard region whose message extractor takes the entity id from <see cref="IRegionMessage.Cell"/>.</summary>
public sealed class ShardRegionRouter(IActorRef shardRegion) : IRegionRouter
{
    public void Tell(IRegionMessage message) => shardRegion.Tell(message);

    public Task<object> Ask(IRegionMessage message, TimeSpan timeout, CancellationToken cancellationToken) =>
        shardRegion.Ask<object>(message, timeout, cancellationToken);
}
