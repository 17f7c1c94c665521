using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Orders;

/// <summary>An order, to its customer, its store, its (offered) courier and support only (R13).</summary>
public sealed record GetOrder(Caller Caller, string OrderId) : IRequest<Outcome<OrderView>>;

public sealed class GetOrderHandler(OrderGateway orders) : IRequestHandler<GetOrder, Outcome<OrderView>>
{
    public async ValueTask<Outcome<OrderView>> Handle(GetOrder request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.OrderId))
        {
            return OrderAccess.NotFound;
        }

        var order = await orders.Get(request.OrderId, cancellationToken);
        return OrderAccess.PartyOf(request.Caller, order) is { } party ? OrderView.For(order, party.Role) : OrderAccess.NotFound;
    }
}
