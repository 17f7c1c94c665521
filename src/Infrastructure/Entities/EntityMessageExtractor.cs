using Akka.Cluster.Sharding;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>Routes <see cref="EntityEnvelope"/>s: shard by a hash of the entity id.</summary>
public sealed class EntityMessageExtractor(int maxShards = 100) : HashCodeMessageExtractor(maxShards)
{
    public override string EntityId(object message) => message is EntityEnvelope e ? e.EntityId : null!;

    public override object EntityMessage(object message) => message is EntityEnvelope e ? e.Message : message;
}
