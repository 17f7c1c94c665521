using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Common;
using Upjunoo.Application.Orders;
using Upjunoo.Application.Stores;
using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Stores;
using Upjunoo.Infrastructure.Blobs;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.ReadModels;
using Upjunoo.Infrastructure.Trips;

namespace Upjunoo.Infrastructure.Orders;

public static class DeliveryServices
{
    /// <summary>Stores, delivery orders with courier dispatch, address books, proof photos and their read models (R5, R6).</summary>
    public static IServiceCollection AddUpjunooDelivery(this IServiceCollection services)
    {
        services.AddSingleton<StoreGateway>(sp =>
            new ShardedEntityGateway<Store, StoreCommand, StoreState, StoreEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<OrderGateway>(sp =>
            new ShardedEntityGateway<DeliveryOrderActor, OrderCommand, OrderState, OrderEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<AddressBookGateway>(sp =>
            new ShardedEntityGateway<AddressBook, AddressBookCommand, AddressBookState, AddressBookEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<IBlobStore>(sp => new FileBlobStore(
            Path.Combine(DependencyInjection.DataDirectory(sp), "blobs"), sp.GetRequiredService<PersonalDataProtector>(), sp.GetRequiredService<IIdGenerator>()));
        services.AddSingleton<IStoreDirectory, SqlStoreDirectory>();
        services.AddSingleton<IOrderHistory, SqlOrderHistory>();
        return services;
    }

    public static AkkaConfigurationBuilder WithDelivery(this AkkaConfigurationBuilder builder, IServiceProvider sp)
    {
        builder
            .WithDeciderEntity<Store, StoreState, StoreCommand, StoreEvent>("store")
            .WithDeciderEntity<AddressBook, AddressBookState, AddressBookCommand, AddressBookEvent>("address-book", subjectOf: (id, _) => id);

        // As for trips: an order looking for a courier must wake up without a message after a crash or a rebalance,
        // so that its offer timer fires and dispatch carries on. Ended orders passivate themselves and are forgotten.
        var orderOptions = DeciderEntityHosting.DefaultShardOptions();
        orderOptions.RememberEntities = true;
        orderOptions.RememberEntitiesStore = RememberEntitiesStore.Eventsourced;
        builder.WithShardRegion<DeliveryOrderActor>(
            "order",
            id => Props.Create(() => new DeliveryOrderActor(id, RideServices.DispatchServicesOf(sp))),
            new EntityMessageExtractor(),
            orderOptions);

        var database = sp.GetRequiredService<ReadModelDatabase>();
        builder.WithSingleton<StoreDirectoryProjection>(
            StoreDirectoryProjection.Name, StoreDirectoryProjection.Props(database), new ClusterSingletonOptions(), createProxyToo: false);
        builder.WithSingleton<OrderHistoryProjection>(
            OrderHistoryProjection.Name, OrderHistoryProjection.Props(database), new ClusterSingletonOptions(), createProxyToo: false);
        return builder;
    }
}
