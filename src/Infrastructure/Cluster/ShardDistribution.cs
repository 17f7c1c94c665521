using Akka.Actor;
using Akka.Cluster.Sharding;

namespace Upjunoo.Infrastructure.Cluster;

/// <summary>
/// Shards and entities per node for every shard region started on this node (<c>/ops/shards</c>). Region types are
/// discovered, so a region added later shows up without touching this class.
/// </summary>
public sealed class ShardDistribution(ActorSystem system)
{
    public async Task<IReadOnlyList<ShardRegionView>> Collect(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var sharding = ClusterSharding.Get(system);
        var types = sharding.ShardTypeNames.Order(StringComparer.Ordinal).ToList();
        var views = await Task.WhenAll(types.Select(type => Collect(sharding, type, timeout, cancellationToken)));
        return views;
    }

    private static async Task<ShardRegionView> Collect(ClusterSharding sharding, string type, TimeSpan timeout, CancellationToken cancellationToken)
    {
        try
        {
            // The region answers after asking every region in the cluster, within the timeout; the Ask gets a margin on top.
            var stats = await sharding.ShardRegion(type).Ask<ClusterShardingStats>(
                new GetClusterShardingStats(timeout), timeout + TimeSpan.FromSeconds(1), cancellationToken);
            var nodes = stats.Regions
                .OrderBy(r => r.Key.ToString(), StringComparer.Ordinal)
                .Select(r => new ShardNodeView(r.Key.ToString(), r.Value.Stats.Count, r.Value.Stats.Values.Sum(), r.Value.Failed.Count))
                .ToList();
            return new ShardRegionView(type, nodes.Sum(n => n.Shards), nodes.Sum(n => n.Entities), nodes, null);
        }
        catch (Exception e) when (e is AskTimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new ShardRegionView(type, 0, 0, [], "The shard regions did not all answer in time.");
        }
    }
}

/// <summary>One shard region type (entity kind) across the cluster; <c>Error</c> is set when it could not be read.</summary>
public sealed record ShardRegionView(string Type, int Shards, int Entities, IReadOnlyList<ShardNodeView> Nodes, string? Error);

/// <summary>One node's part of a region; <c>FailedShards</c> counts shards that did not answer in time.</summary>
public sealed record ShardNodeView(string Address, int Shards, int Entities, int FailedShards);
