using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Orders;

public sealed partial class DeliveryOrder
{
    private static Decision<OrderEvent> PickUp(OrderCommand.PickUp c, OrderState state, DateTimeOffset at)
    {
        if (!state.IsAssignedCourier(c.By))
        {
            return Forbidden("the assigned courier");
        }

        if (state.Status is OrderStatus.PickedUp or OrderStatus.Delivered)
        {
            return Nothing;
        }

        if (!OrderRules.IsOpen(state.Status))
        {
            return NotAllowed(state);
        }

        return state.IsReady
            ? Accept(new PickedUp(at))
            : Rejection.Conflict("order.not-ready", "The store has not marked the order ready yet.");
    }

    private static Decision<OrderEvent> Deliver(OrderCommand.Deliver c, OrderState state, DateTimeOffset at)
    {
        if (!state.IsAssignedCourier(c.By))
        {
            return Forbidden("the assigned courier");
        }

        if (state.Status == OrderStatus.Delivered)
        {
            return Nothing;
        }

        if (state.Status != OrderStatus.PickedUp)
        {
            return NotAllowed(state);
        }

        return c.Photo is null || !c.Photo.IsValid
            ? Rejection.Invalid(
                "order.invalid-proof", $"Proof of delivery is a JPEG or PNG photo of at most {ProofPhoto.MaxSizeBytes / (1024 * 1024)} MiB.", "photo")
            : Accept(new Delivered(state.Courier!.CourierId, c.Photo, at));
    }

    /// <summary>
    /// The customer may cancel, free, until the store accepts; the system too (a store that never answers). After
    /// that only support may. The store refuses instead of cancelling, and a courier declines offers instead.
    /// </summary>
    private static Decision<OrderEvent> Cancel(OrderCommand.Cancel c, OrderState state, DateTimeOffset at)
    {
        var customer = state.IsCustomer(c.By);
        if (!customer && c.By.Role is not (OrderPartyRole.Support or OrderPartyRole.System))
        {
            return Forbidden("the customer or support");
        }

        if (state.Status == OrderStatus.Cancelled)
        {
            return Nothing;
        }

        var allowed = c.By.Role == OrderPartyRole.Support ? OrderRules.IsOpen(state.Status) : state.Status == OrderStatus.Placed;
        if (!allowed)
        {
            return NotAllowed(state);
        }

        var reason = string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim();
        if (reason?.Length > OrderRules.MaxReasonLength)
        {
            return Rejection.Invalid("order.invalid-reason", $"A reason has at most {OrderRules.MaxReasonLength} characters.", "reason");
        }

        return Accept(new Cancelled(c.By, reason, state.Courier?.CourierId ?? state.PendingOffer?.CourierId, at));
    }
}
