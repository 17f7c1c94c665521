using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Domain.Orders;

/// <summary>
/// One delivery order from placement to proof of delivery (R5). <see cref="ReadyAt"/> is set once the store has
/// the goods ready; <see cref="Courier"/> once a courier accepted. <see cref="Cancellation"/> is set when the order
/// was cancelled or refused by the store.
/// </summary>
[PersistedAs("order.state.v1")]
public sealed record OrderState(
    string? OrderId,
    [property: DataSubject] string? CustomerId,
    [property: Personal(DataCategory.Identity)] string? CustomerFirstName,
    string? StoreId,
    string? StoreOwnerId,
    [property: NotPersonal("the public name of a business")] string? StoreName,
    [property: NotPersonal("a store's business position, shown to every customer")] GeoPoint StorePosition,
    CountryCode Country,
    IReadOnlyList<OrderLine> Items,
    OrderDropoff? Dropoff,
    [property: Personal(DataCategory.OrderComments)] string? Comment,
    PaymentMethod? Payment,
    Money? ItemsTotal,
    Money? DeliveryFee,
    Money? Total,
    OrderStatus Status,
    DateTimeOffset? ReadyAt,
    IReadOnlyList<CourierAttempt> Attempts,
    AssignedCourier? Courier,
    ProofPhoto? Proof,
    OrderCancellation? Cancellation,
    IReadOnlyList<OrderTimelineEntry> Timeline) : IPersisted
{
    public static OrderState Empty { get; } = new(
        null, null, null, null, null, null, default, CountryCode.CA, [], null, null, null, null, null, null, OrderStatus.Placed,
        null, [], null, null, null, []);

    public bool Exists => OrderId is not null;

    public bool IsReady => ReadyAt is not null;

    public CourierAttempt? PendingOffer => Attempts.LastOrDefault(a => a.Outcome == OfferOutcome.Pending);

    /// <summary>The store accepted, nobody has the order yet: dispatch may offer it to a courier.</summary>
    public bool IsLookingForCourier => Status is OrderStatus.AcceptedByStore or OrderStatus.Ready && Courier is null;

    public bool IsCustomer(OrderParty party) => party.Role == OrderPartyRole.Customer && party.AccountId == CustomerId;

    public bool IsStoreOwner(OrderParty party) => party.Role == OrderPartyRole.Store && party.AccountId == StoreOwnerId;

    public bool IsAssignedCourier(OrderParty party) => party.Role == OrderPartyRole.Courier && party.AccountId == Courier?.CourierId;

    /// <summary>Who may read the order (API.md GET /orders/{id}): its customer, its store, its courier, support and the system.</summary>
    public bool CanBeSeenBy(OrderParty party) =>
        party.Role is OrderPartyRole.Support or OrderPartyRole.System || IsCustomer(party) || IsStoreOwner(party) || IsAssignedCourier(party);

    /// <summary>When an event decided at <paramref name="now"/> happens: never before the last one (clocks of nodes differ).</summary>
    public DateTimeOffset EventTime(DateTimeOffset now) => Timeline.Count > 0 && Timeline[^1].At > now ? Timeline[^1].At : now;
}
