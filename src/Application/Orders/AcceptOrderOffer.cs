using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

/// <summary>
/// The offered courier accepts, as a driver accepts a trip: the courier's own entity turns the offer into "busy"
/// first (R33), then the order records the assignment; if the order refuses, the courier is released again.
/// </summary>
public sealed record AcceptOrderOffer(Caller Caller, string OrderId) : IRequest<Outcome<OrderView>>;

public sealed class AcceptOrderOfferHandler(OrderGateway orders, DriverGateway couriers, AccountGateway accounts, TimeProvider clock)
    : IRequestHandler<AcceptOrderOffer, Outcome<OrderView>>
{
    public async ValueTask<Outcome<OrderView>> Handle(AcceptOrderOffer request, CancellationToken cancellationToken)
    {
        var courierId = request.Caller.AccountId;
        var order = await orders.Get(request.OrderId, cancellationToken);
        if (!Ids.LooksValid(request.OrderId) || OrderAccess.PartyOf(request.Caller, order) is not { Role: OrderPartyRole.Courier } by)
        {
            return OrderAccess.NotFound;
        }

        if (order.Courier?.CourierId == courierId)
        {
            return OrderView.For(order, by.Role);
        }

        var account = await accounts.Get(courierId, cancellationToken);
        if (account.Partner is not { Kind: PartnerKind.Courier })
        {
            return Rejection.Forbidden("order.not-a-courier", "Only a courier takes delivery orders.");
        }

        var reserved = await couriers.Send(courierId, new DriverCommand.AcceptOffer(request.OrderId, clock.GetUtcNow()), cancellationToken);
        if (reserved.Rejection is { } courierRefused)
        {
            return courierRefused;
        }

        var assigned = await orders.Send(
            request.OrderId, new OrderCommand.CourierAccepted(courierId, account.FirstName, by, clock.GetUtcNow()), cancellationToken);
        if (assigned.Rejection is { } orderRefused)
        {
            await couriers.Send(courierId, new DriverCommand.ReleaseJob(request.OrderId, clock.GetUtcNow()), cancellationToken);
            return orderRefused;
        }

        return OrderView.For(assigned.State, by.Role);
    }
}
