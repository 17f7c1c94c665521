using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Stores;

public abstract record StoreEvent : IPersisted
{
    private StoreEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("store.opened.v1")]
        public sealed record Opened(
            string StoreId,
            string OwnerId,
            [property: NotPersonal("the public name of a business")] string Name,
            [property: NotPersonal("a store's business address, shown to every customer")] string Address,
            [property: NotPersonal("a store's business position, shown to every customer")] GeoPoint Position,
            CountryCode Country,
            string Currency,
            OpeningHours Hours,
            int DeliveryRadiusM,
            DateTimeOffset At) : StoreEvent;

        [PersistedAs("store.details-updated.v1")]
        public sealed record DetailsUpdated(
            [property: NotPersonal("the public name of a business")] string Name,
            [property: NotPersonal("a store's business address, shown to every customer")] string Address,
            [property: NotPersonal("a store's business position, shown to every customer")] GeoPoint Position,
            OpeningHours Hours,
            int DeliveryRadiusM,
            DateTimeOffset At) : StoreEvent;

        [PersistedAs("store.catalog-replaced.v1")]
        public sealed record CatalogReplaced(IReadOnlyList<Product> Products, DateTimeOffset At) : StoreEvent;

        [PersistedAs("store.product-availability-set.v1")]
        public sealed record ProductAvailabilitySet(string ProductId, bool Available, DateTimeOffset At) : StoreEvent;
    }
}
