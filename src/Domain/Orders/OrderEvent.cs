using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Domain.Orders;

public abstract record OrderEvent : IPersisted
{
    private OrderEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("order.placed.v1")]
        public sealed record Placed(
            string OrderId,
            [property: DataSubject] string CustomerId,
            [property: Personal(DataCategory.Identity)] string CustomerFirstName,
            string StoreId,
            string StoreOwnerId,
            [property: NotPersonal("the public name of a business")] string StoreName,
            [property: NotPersonal("a store's business position, shown to every customer")] GeoPoint StorePosition,
            CountryCode Country,
            IReadOnlyList<OrderLine> Items,
            OrderDropoff Dropoff,
            [property: Personal(DataCategory.OrderComments)] string? Comment,
            PaymentMethod Payment,
            Money ItemsTotal,
            Money DeliveryFee,
            Money Total,
            DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.accepted-by-store.v1")]
        public sealed record AcceptedByStore(DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.rejected-by-store.v1")]
        public sealed record RejectedByStore(
            OrderParty By,
            [property: Personal(DataCategory.OrderComments)] string? Reason,
            DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.ready.v1")]
        public sealed record MarkedReady(DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.courier-offered.v1")]
        public sealed record CourierOffered(string CourierId, DateTimeOffset ExpiresAt, DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.offer-declined.v1")]
        public sealed record OfferDeclined(string CourierId, DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.offer-expired.v1")]
        public sealed record OfferExpired(string CourierId, DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.courier-assigned.v1")]
        public sealed record CourierAssigned(
            [property: DataSubject] string CourierId,
            [property: Personal(DataCategory.Identity)] string CourierFirstName,
            DateTimeOffset At) : OrderEvent;

        /// <summary>Dispatch gave up; <paramref name="CourierToRelease"/> had a pending offer and is free again.</summary>
        [PersistedAs("order.no-courier-found.v1")]
        public sealed record NoCourierFound(string? CourierToRelease, DateTimeOffset At) : OrderEvent;

        [PersistedAs("order.picked-up.v1")]
        public sealed record PickedUp(DateTimeOffset At) : OrderEvent;

        /// <summary>The courier handed the order over; <paramref name="CourierId"/> is free again.</summary>
        [PersistedAs("order.delivered.v1")]
        public sealed record Delivered(string CourierId, ProofPhoto Photo, DateTimeOffset At) : OrderEvent;

        /// <summary><paramref name="CourierToRelease"/> is the assigned or offered courier, who is free again.</summary>
        [PersistedAs("order.cancelled.v1")]
        public sealed record Cancelled(
            OrderParty By,
            [property: Personal(DataCategory.OrderComments)] string? Reason,
            string? CourierToRelease,
            DateTimeOffset At) : OrderEvent;
    }
}
