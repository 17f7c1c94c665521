using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Orders;

/// <summary>The proof-of-delivery photo, to the customer, the assigned courier, the store's owner and support only.</summary>
public sealed record GetOrderProof(Caller Caller, string OrderId) : IRequest<Outcome<StoredBlob>>;

public sealed class GetOrderProofHandler(OrderGateway orders, IBlobStore blobs) : IRequestHandler<GetOrderProof, Outcome<StoredBlob>>
{
    public async ValueTask<Outcome<StoredBlob>> Handle(GetOrderProof request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.OrderId))
        {
            return OrderAccess.NotFound;
        }

        var order = await orders.Get(request.OrderId, cancellationToken);
        var party = OrderAccess.PartyOf(request.Caller, order);
        if (party is null || (party.Role == OrderPartyRole.Courier && order.Courier?.CourierId != request.Caller.AccountId))
        {
            return OrderAccess.NotFound;
        }

        var blob = order.Proof is { } proof ? await blobs.Get(proof.BlobId, DataCategory.Photos, cancellationToken) : null;
        return blob is null ? Rejection.NotFound("order.no-proof", "This order has no proof of delivery.") : blob;
    }
}
