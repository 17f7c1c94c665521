using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

/// <summary>
/// Store actions (accept, which starts courier dispatch; reject; ready), courier actions (decline the offer, pick up)
/// and cancellation. Who may do what is the decider's rule; strangers get 404.
/// </summary>
public sealed record TakeOrderAction(Caller Caller, string OrderId, OrderActionKind Action, string? Reason = null) : IRequest<Outcome<OrderView>>;

public sealed class TakeOrderActionHandler(OrderGateway orders, TimeProvider clock) : IRequestHandler<TakeOrderAction, Outcome<OrderView>>
{
    public async ValueTask<Outcome<OrderView>> Handle(TakeOrderAction request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.OrderId))
        {
            return OrderAccess.NotFound;
        }

        var order = await orders.Get(request.OrderId, cancellationToken);
        if (OrderAccess.PartyOf(request.Caller, order) is not { } by)
        {
            return OrderAccess.NotFound;
        }

        var now = clock.GetUtcNow();
        OrderCommand command = request.Action switch
        {
            OrderActionKind.StoreAccept => new OrderCommand.AcceptByStore(by, now),
            OrderActionKind.StoreReject => new OrderCommand.RejectByStore(request.Reason, by, now),
            OrderActionKind.Ready => new OrderCommand.MarkReady(by, now),
            OrderActionKind.CourierDecline => new OrderCommand.CourierDeclined(request.Caller.AccountId, by, now),
            OrderActionKind.PickUp => new OrderCommand.PickUp(by, now),
            _ => new OrderCommand.Cancel(request.Reason, by, now),
        };
        var reply = await orders.Send(request.OrderId, command, cancellationToken);
        return reply.Rejection is { } rejection ? rejection : OrderView.For(reply.State, by.Role);
    }
}
