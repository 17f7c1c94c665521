namespace Upjunoo.Application.Orders;

/// <summary>The actions on an order that need no more than who acts (and an optional reason).</summary>
public enum OrderActionKind
{
    StoreAccept,
    StoreReject,
    Ready,
    CourierDecline,
    PickUp,
    Cancel,
}
