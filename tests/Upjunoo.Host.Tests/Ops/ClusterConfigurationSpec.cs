using Akka.Actor;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Ops;

public sealed class ClusterConfigurationSpec
{
    private static Akka.Configuration.Config ConfigOf(UpjunooFactory factory)
    {
        _ = factory.CreateClient(); // starts the host
        return factory.Services.GetRequiredService<ActorSystem>().Settings.Config;
    }

    [Fact]
    public void The_node_runs_keep_oldest_with_down_if_alone_and_the_tuned_timings_by_default()
    {
        using var factory = new UpjunooFactory();

        var config = ConfigOf(factory);

        Assert.StartsWith("Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster", config.GetString("akka.cluster.downing-provider-class"), StringComparison.Ordinal);
        Assert.Equal("keep-oldest", config.GetString("akka.cluster.split-brain-resolver.active-strategy"));
        Assert.True(config.GetBoolean("akka.cluster.split-brain-resolver.keep-oldest.down-if-alone"));
        Assert.Equal(TimeSpan.FromSeconds(5), config.GetTimeSpan("akka.cluster.split-brain-resolver.stable-after"));
        Assert.Equal(TimeSpan.FromSeconds(2), config.GetTimeSpan("akka.cluster.down-removal-margin"));
        Assert.Equal(TimeSpan.FromMilliseconds(500), config.GetTimeSpan("akka.cluster.failure-detector.heartbeat-interval"));
        Assert.Equal(TimeSpan.FromSeconds(2), config.GetTimeSpan("akka.cluster.failure-detector.acceptable-heartbeat-pause"));
        Assert.Equal(8.0, config.GetDouble("akka.cluster.failure-detector.threshold"));
        Assert.True(config.GetBoolean("akka.cluster.run-coordinated-shutdown-when-down"));
    }

    [Fact]
    public void The_strategy_and_timings_come_from_configuration()
    {
        using var factory = new UpjunooFactory();
        factory.Settings["Cluster:Downing:Strategy"] = "keep-majority";
        factory.Settings["Cluster:Downing:StableAfter"] = "00:00:07";

        var config = ConfigOf(factory);

        Assert.Equal("keep-majority", config.GetString("akka.cluster.split-brain-resolver.active-strategy"));
        Assert.Equal(TimeSpan.FromSeconds(7), config.GetTimeSpan("akka.cluster.split-brain-resolver.stable-after"));
    }
}
