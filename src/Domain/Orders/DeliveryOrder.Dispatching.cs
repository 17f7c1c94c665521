using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Orders;

/// <summary>Courier dispatch, as for a trip: one pending offer at a time, from the store's acceptance until a courier accepts.</summary>
public sealed partial class DeliveryOrder
{
    private static Decision<OrderEvent> OfferToCourier(OrderCommand.OfferToCourier c, OrderState state, DateTimeOffset at)
    {
        if (c.By.Role != OrderPartyRole.System)
        {
            return Forbidden("dispatch");
        }

        if (!state.IsLookingForCourier)
        {
            return NotAllowed(state);
        }

        var pending = state.PendingOffer;
        if (pending?.CourierId == c.CourierId)
        {
            return Nothing;
        }

        if (!Ids.LooksValid(c.CourierId) || c.ExpiresAt <= c.Now)
        {
            return Rejection.Invalid("order.invalid-offer", "An offer needs a courier id and an expiry in the future.");
        }

        var offered = new CourierOffered(c.CourierId, c.ExpiresAt, at);
        if (pending is null)
        {
            return Accept(offered);
        }

        // A pending offer whose timer was lost must not block dispatch forever.
        return c.Now >= pending.ExpiresAt
            ? Accept(new OrderEvent.V1.OfferExpired(pending.CourierId, at), offered)
            : Rejection.Conflict("order.offer-pending", "Another courier is still considering this order.");
    }

    private static Decision<OrderEvent> CourierAccepted(OrderCommand.CourierAccepted c, OrderState state, DateTimeOffset at)
    {
        if (!IsCourierOrSystem(c.By, c.CourierId))
        {
            return Forbidden("the offered courier");
        }

        if (state.Courier is { } assigned)
        {
            return assigned.CourierId == c.CourierId
                ? Nothing
                : Rejection.Conflict("order.already-assigned", "Another courier has this order.");
        }

        if (!state.IsLookingForCourier)
        {
            return NotAllowed(state);
        }

        if (state.PendingOffer is not { } offer || offer.CourierId != c.CourierId)
        {
            return Rejection.Conflict("order.offer-not-pending", "This courier has no pending offer for this order.");
        }

        return c.Now >= offer.ExpiresAt
            ? Rejection.Conflict("order.offer-expired", "The offer has expired.")
            : Accept(new CourierAssigned(c.CourierId, Accounts.FirstNames.Of(c.CourierFirstName), at));
    }

    private static Decision<OrderEvent> CourierDeclined(OrderCommand.CourierDeclined c, OrderState state, DateTimeOffset at)
    {
        if (!IsCourierOrSystem(c.By, c.CourierId))
        {
            return Forbidden("the offered courier");
        }

        // A courier answers an offer; once they accepted, they cannot hand the order back (support can cancel it).
        if (state.Courier?.CourierId == c.CourierId && OrderRules.IsOpen(state.Status))
        {
            return Rejection.Conflict("order.offer-already-accepted", "This order was accepted; only support can take it back.");
        }

        return state.PendingOffer?.CourierId == c.CourierId
            ? Accept(new OfferDeclined(c.CourierId, at))
            : Nothing;
    }

    private static Decision<OrderEvent> Expired(OrderCommand.OfferExpired c, OrderState state, DateTimeOffset at)
    {
        if (c.By.Role != OrderPartyRole.System)
        {
            return Forbidden("dispatch");
        }

        return state.PendingOffer is { } offer && offer.CourierId == c.CourierId && c.Now >= offer.ExpiresAt
            ? Accept(new OrderEvent.V1.OfferExpired(c.CourierId, at))
            : Nothing;
    }

    private static Decision<OrderEvent> NoCourierFound(OrderCommand.NoCourierFound c, OrderState state, DateTimeOffset at)
    {
        if (c.By.Role != OrderPartyRole.System)
        {
            return Forbidden("dispatch");
        }

        if (state.Status == OrderStatus.NoCourierFound)
        {
            return Nothing;
        }

        return state.IsLookingForCourier
            ? Accept(new OrderEvent.V1.NoCourierFound(state.PendingOffer?.CourierId, at))
            : NotAllowed(state);
    }

    private static bool IsCourierOrSystem(OrderParty by, string courierId) =>
        by.Role == OrderPartyRole.System || (by.Role == OrderPartyRole.Courier && by.AccountId == courierId);
}
