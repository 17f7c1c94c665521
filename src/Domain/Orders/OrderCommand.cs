using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Domain.Orders;

/// <summary>Commands to one delivery order; each says who issues it and when.</summary>
public abstract record OrderCommand(OrderParty By, DateTimeOffset Now)
{
    /// <summary>
    /// The customer orders from a store (R5). The caller prices <paramref name="Items"/> from the store's catalogue
    /// (see <see cref="OrderItems.Price"/>) and passes the store as it is now, open or not.
    /// </summary>
    public sealed record Place(
        string OrderId,
        string CustomerId,
        string CustomerFirstName,
        StoreSnapshot Store,
        IReadOnlyList<OrderLine> Items,
        OrderDropoff Dropoff,
        string? Comment,
        PaymentMethod Payment,
        Money DeliveryFee,
        DateTimeOffset Now) : OrderCommand(OrderParty.Customer(CustomerId), Now);

    public sealed record AcceptByStore(OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record RejectByStore(string? Reason, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record MarkReady(OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    /// <summary>Dispatch offers the order to one courier until <paramref name="ExpiresAt"/>.</summary>
    public sealed record OfferToCourier(string CourierId, DateTimeOffset ExpiresAt, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record CourierAccepted(string CourierId, string CourierFirstName, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record CourierDeclined(string CourierId, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record OfferExpired(string CourierId, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record NoCourierFound(OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record PickUp(OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record Deliver(ProofPhoto Photo, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);

    public sealed record Cancel(string? Reason, OrderParty By, DateTimeOffset Now) : OrderCommand(By, Now);
}
