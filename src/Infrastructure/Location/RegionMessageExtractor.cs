using Akka.Cluster.Sharding;

namespace Upjunoo.Infrastructure.Location;

/// <summary>Routes region messages to the <see cref="RegionActor"/> of their cell.</summary>
public sealed class RegionMessageExtractor(int maxShards = 200) : HashCodeMessageExtractor(maxShards)
{
    public override string EntityId(object message) => message is IRegionMessage m ? m.Cell : null!;
}
