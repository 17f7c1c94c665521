using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Orders;

public sealed partial class DeliveryOrder
{
    public static OrderState Evolve(OrderState state, OrderEvent @event) => @event switch
    {
        Placed e => state with
        {
            OrderId = e.OrderId, CustomerId = e.CustomerId, CustomerFirstName = e.CustomerFirstName, StoreId = e.StoreId,
            StoreOwnerId = e.StoreOwnerId, StoreName = e.StoreName, StorePosition = e.StorePosition, Country = e.Country, Items = e.Items,
            Dropoff = e.Dropoff, Comment = e.Comment, Payment = e.Payment, ItemsTotal = e.ItemsTotal, DeliveryFee = e.DeliveryFee,
            Total = e.Total, Status = OrderStatus.Placed, Timeline = [new OrderTimelineEntry(OrderStatus.Placed, e.At)],
        },
        AcceptedByStore e => Enter(state, OrderStatus.AcceptedByStore, e.At),
        RejectedByStore e => Enter(state with { Cancellation = new OrderCancellation(e.By, e.Reason, e.At) }, OrderStatus.RejectedByStore, e.At),
        MarkedReady e => Enter(state with { ReadyAt = e.At }, OrderStatus.Ready, e.At),
        CourierOffered e => state with { Attempts = [.. state.Attempts, new CourierAttempt(e.CourierId, e.At, e.ExpiresAt, OfferOutcome.Pending)] },
        OfferDeclined => EndPendingOffer(state, OfferOutcome.Declined),
        OfferExpired => EndPendingOffer(state, OfferOutcome.Expired),
        CourierAssigned e => Enter(
            EndPendingOffer(state, OfferOutcome.Accepted) with { Courier = new AssignedCourier(e.CourierId, e.CourierFirstName, e.At) },
            OrderStatus.CourierAssigned, e.At),
        NoCourierFound e => Enter(EndPendingOffer(state, OfferOutcome.Withdrawn), OrderStatus.NoCourierFound, e.At),
        PickedUp e => Enter(state, OrderStatus.PickedUp, e.At),
        Delivered e => Enter(state with { Proof = e.Photo }, OrderStatus.Delivered, e.At),
        Cancelled e => Enter(
            EndPendingOffer(state, OfferOutcome.Withdrawn) with { Cancellation = new OrderCancellation(e.By, e.Reason, e.At) },
            OrderStatus.Cancelled, e.At),
        _ => state,
    };

    private static OrderState Enter(OrderState state, OrderStatus status, DateTimeOffset at) =>
        state.Status == status ? state : state with { Status = status, Timeline = [.. state.Timeline, new OrderTimelineEntry(status, at)] };

    private static OrderState EndPendingOffer(OrderState state, OfferOutcome outcome) =>
        state.PendingOffer is { } pending
            ? state with { Attempts = [.. state.Attempts.Select(a => ReferenceEquals(a, pending) ? a with { Outcome = outcome } : a)] }
            : state;
}
