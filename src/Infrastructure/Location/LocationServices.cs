using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Upjunoo.Application.Drivers;
using Upjunoo.Domain.Drivers;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Metrics;

namespace Upjunoo.Infrastructure.Location;

public static class LocationServices
{
    /// <summary>The location pipeline, region index and nearby query (R3, R31, R32).</summary>
    public static IServiceCollection AddUpjunooLocation(this IServiceCollection services)
    {
        services.AddSingleton(sp => DependencyInjection.Bind<LocationSettings>(sp, "Location"));
        services.AddSingleton<LocationCounters>();
        services.AddSingleton<IRegionRouter>(sp => new ShardRegionRouter(sp.GetRequiredService<ActorRegistry>().Get<RegionActor>()));
        services.AddSingleton(sp =>
        {
            var fraud = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Upjunoo.Fraud");
            var counters = sp.GetRequiredService<LocationCounters>();
            sp.GetRequiredService<UpjunooMetrics>().ObserveQueueDepth("location", () => Math.Max(0,
                counters.Accepted - counters.Applied - counters.Superseded - counters.OutOfOrder - counters.DroppedAfterRemoval));
            return LocationPipeline.Start(
                sp.GetRequiredService<ActorSystem>(), sp.GetRequiredService<IRegionRouter>(), sp.GetRequiredService<LocationSettings>(),
                sp.GetRequiredService<LocationCounters>(), sp.GetRequiredService<TimeProvider>(),
                jump =>
                {
                    // A fraud signal (R17) recorded on the driver's entity for a person to review; no automatic sanction.
                    fraud.LogWarning("Impossible jump by {DriverId}: {Speed:F0} m/s", jump.DriverId, jump.ImpliedSpeedMps);
                    _ = sp.GetRequiredService<DriverGateway>().Send(
                        jump.DriverId, new DriverCommand.FlagImpossibleJump(jump.ImpliedSpeedMps, jump.Ping.At, jump.DetectedAt), CancellationToken.None);
                });
        });
        services.AddSingleton(sp => new NearbyQuery(sp.GetRequiredService<IRegionRouter>(), sp.GetRequiredService<LocationSettings>()));
        services.AddSingleton<ILocationIngest>(sp => new LocationIngest(sp.GetRequiredService<LocationPipeline>(), sp.GetRequiredService<UpjunooMetrics>()));
        services.AddSingleton<INearbyDrivers>(sp => new NearbyDrivers(sp.GetRequiredService<NearbyQuery>()));
        return services;
    }

    /// <summary>Region actors sharded by grid cell; soft state, rebuilt from the stream.</summary>
    public static AkkaConfigurationBuilder WithLocationRegions(this AkkaConfigurationBuilder builder, IServiceProvider sp)
    {
        var settings = sp.GetRequiredService<LocationSettings>();
        var counters = sp.GetRequiredService<LocationCounters>();
        var clock = sp.GetRequiredService<TimeProvider>();
        return builder.WithShardRegion<RegionActor>(
            "region", cell => RegionActor.Props(cell, settings, counters, clock), new RegionMessageExtractor(), DeciderEntityHosting.DefaultShardOptions());
    }
}
