using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Orders;

/// <summary>The caller's orders, as customer, store or courier, newest first (R20 access).</summary>
public sealed record GetMyOrders(Caller Caller, int? Limit, string? Cursor) : IRequest<Outcome<Paged<OrderHistoryItem>>>;

public sealed class GetMyOrdersHandler(IOrderHistory history) : IRequestHandler<GetMyOrders, Outcome<Paged<OrderHistoryItem>>>
{
    public async ValueTask<Outcome<Paged<OrderHistoryItem>>> Handle(GetMyOrders request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? 20;
        if (limit is < 1 or > 100)
        {
            return Rejection.Invalid("validation", "The limit is 1 to 100.", "limit");
        }

        if (request.Cursor is { } cursor && !long.TryParse(cursor, out _))
        {
            return Rejection.Invalid("validation", "The cursor is not valid.", "cursor");
        }

        return await history.Of(request.Caller.AccountId, limit, request.Cursor, cancellationToken);
    }
}
