namespace Upjunoo.Domain.Orders;

/// <summary>
/// The latest step of a delivery order. Names are the wire names (camelCase in JSON). Being ready and having a
/// courier can happen in either order, so <see cref="Ready"/> and <see cref="CourierAssigned"/> name whichever
/// came last; <see cref="OrderState.IsReady"/> and <see cref="OrderState.Courier"/> tell both.
/// </summary>
public enum OrderStatus
{
    Placed,
    AcceptedByStore,
    RejectedByStore,
    Ready,
    CourierAssigned,
    PickedUp,
    Delivered,
    Cancelled,
    NoCourierFound,
}
