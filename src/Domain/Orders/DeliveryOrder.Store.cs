using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Orders;

public sealed partial class DeliveryOrder
{
    private static Decision<OrderEvent> AcceptByStore(OrderCommand.AcceptByStore c, OrderState state, DateTimeOffset at)
    {
        if (!state.IsStoreOwner(c.By))
        {
            return Forbidden("the store");
        }

        return OrderRules.Progress(state.Status) switch
        {
            0 => Accept(new AcceptedByStore(at)),
            > 0 => Nothing,
            _ => NotAllowed(state),
        };
    }

    private static Decision<OrderEvent> RejectByStore(OrderCommand.RejectByStore c, OrderState state, DateTimeOffset at)
    {
        if (!state.IsStoreOwner(c.By))
        {
            return Forbidden("the store");
        }

        if (state.Status == OrderStatus.RejectedByStore)
        {
            return Nothing;
        }

        // Once accepted, the store has promised the goods: only support can stop the order then.
        if (state.Status != OrderStatus.Placed)
        {
            return NotAllowed(state);
        }

        var reason = string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim();
        return reason?.Length > OrderRules.MaxReasonLength
            ? Rejection.Invalid("order.invalid-reason", $"A reason has at most {OrderRules.MaxReasonLength} characters.", "reason")
            : Accept(new RejectedByStore(c.By, reason, at));
    }

    private static Decision<OrderEvent> MarkReady(OrderCommand.MarkReady c, OrderState state, DateTimeOffset at)
    {
        if (!state.IsStoreOwner(c.By))
        {
            return Forbidden("the store");
        }

        if (state.IsReady)
        {
            return Nothing;
        }

        return state.Status is OrderStatus.AcceptedByStore or OrderStatus.CourierAssigned
            ? Accept(new MarkedReady(at))
            : NotAllowed(state);
    }
}
