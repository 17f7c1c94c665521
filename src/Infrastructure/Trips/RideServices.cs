using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Drivers;
using Upjunoo.Application.Realtime;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Dispatch;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Trips;
using Upjunoo.Infrastructure.Dispatch;
using Upjunoo.Infrastructure.Drivers;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Trips;

public static class RideServices
{
    /// <summary>Drivers' availability, trips with dispatch, and the trip history read model (R4, R33).</summary>
    public static IServiceCollection AddUpjunooRides(this IServiceCollection services)
    {
        services.AddSingleton<InMemoryDriverState>();
        services.AddSingleton<IDriverAvailability>(sp => sp.GetRequiredService<InMemoryDriverState>());
        services.AddSingleton<IDriverPositions>(sp => sp.GetRequiredService<InMemoryDriverState>());
        services.AddSingleton<IActiveJobs>(sp => sp.GetRequiredService<InMemoryDriverState>());
        services.AddSingleton(sp => DependencyInjection.Bind<DispatchSettings>(sp, "Dispatch").ToPolicy());
        services.AddSingleton<DriverGateway>(sp =>
            new ShardedEntityGateway<DriverActor, DriverCommand, DriverState, DriverEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<TripGateway>(sp =>
            new ShardedEntityGateway<TripActor, TripCommand, TripState, TripEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<ReadModelDatabase>();
        services.AddSingleton<ITripHistory, SqlTripHistory>();
        return services;
    }

    public static AkkaConfigurationBuilder WithRides(this AkkaConfigurationBuilder builder, IServiceProvider sp)
    {
        builder.WithShardRegion<DriverActor>(
            "driver",
            id => Props.Create(() => new DriverActor(id, sp.GetRequiredService<IDriverAvailability>(), sp.GetRequiredService<ILocationIngest>(), sp.GetRequiredService<Metrics.UpjunooMetrics>())),
            new EntityMessageExtractor(),
            DeciderEntityHosting.DefaultShardOptions());

        // A trip in flight must wake up without a message after a crash or a rebalance, so that its offer timer
        // fires and dispatch carries on: the trip region remembers its entities (in the journal, shared by all
        // nodes). Ended trips passivate themselves and are forgotten.
        var tripOptions = DeciderEntityHosting.DefaultShardOptions();
        tripOptions.RememberEntities = true;
        tripOptions.RememberEntitiesStore = RememberEntitiesStore.Eventsourced;
        builder.WithShardRegion<TripActor>(
            "trip",
            id => Props.Create(() => new TripActor(id, DispatchServicesOf(sp))),
            new EntityMessageExtractor(),
            tripOptions);

        builder.WithSingleton<TripHistoryProjection>(
            TripHistoryProjection.Name, TripHistoryProjection.Props(sp.GetRequiredService<ReadModelDatabase>()), new ClusterSingletonOptions(), createProxyToo: false);
        return builder;
    }

    internal static DispatchServices DispatchServicesOf(IServiceProvider sp) => new(
        sp.GetRequiredService<DriverGateway>(),
        sp.GetRequiredService<INearbyDrivers>(),
        sp.GetRequiredService<ILiveUpdates>(),
        sp.GetRequiredService<IActiveJobs>(),
        sp.GetRequiredService<DispatchPolicy>(),
        sp.GetRequiredService<TimeProvider>(),
        sp.GetRequiredService<Metrics.UpjunooMetrics>());
}
