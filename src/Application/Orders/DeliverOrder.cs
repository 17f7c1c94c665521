using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Orders;

/// <summary>
/// The assigned courier hands the order over with a proof photo (R5). Everything that can refuse is checked before
/// the photo is stored (who, state, presence, size, type by magic bytes); if the order still refuses, the stored
/// photo is deleted again, so nothing is kept of a refused upload. The photo is the customer's personal data
/// (a picture of their door): it is encrypted with the customer's key.
/// </summary>
public sealed record DeliverOrder(Caller Caller, string OrderId, byte[]? Photo) : IRequest<Outcome<OrderView>>;

public sealed class DeliverOrderHandler(OrderGateway orders, IBlobStore blobs, TimeProvider clock) : IRequestHandler<DeliverOrder, Outcome<OrderView>>
{
    public async ValueTask<Outcome<OrderView>> Handle(DeliverOrder request, CancellationToken cancellationToken)
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

        // The decider is pure: ask it first with a stand-in photo, so that a refusal stores nothing.
        var now = clock.GetUtcNow();
        var probe = DeliveryOrder.Decide(new OrderCommand.Deliver(new ProofPhoto("probe", "image/jpeg", 1), by, now), order);
        if (probe.Rejection is { } refused)
        {
            return refused;
        }

        if (probe.Events.Count == 0)
        {
            return OrderView.For(order, by.Role);
        }

        if (Check(request.Photo) is { } invalid)
        {
            return invalid;
        }

        var contentType = ProofPhotos.ContentTypeOf(request.Photo)!;
        var blobId = await blobs.Put(request.Photo!, contentType, DataCategory.Photos, order.CustomerId!, cancellationToken);
        try
        {
            var reply = await orders.Send(
                request.OrderId, new OrderCommand.Deliver(new ProofPhoto(blobId, contentType, request.Photo!.Length), by, clock.GetUtcNow()), cancellationToken);
            if (reply.Rejection is { } rejection)
            {
                await blobs.Delete(blobId, DataCategory.Photos, CancellationToken.None);
                return rejection;
            }

            return OrderView.For(reply.State, by.Role);
        }
        catch
        {
            // The order may still have recorded it (a timeout after the write): keep the blob then; an unreferenced
            // blob is deleted only when the order surely does not point at it.
            var now2 = await orders.Get(request.OrderId, CancellationToken.None);
            if (now2.Proof?.BlobId != blobId)
            {
                await blobs.Delete(blobId, DataCategory.Photos, CancellationToken.None);
            }

            throw;
        }
    }

    public static Rejection? Check(byte[]? photo)
    {
        if (photo is not { Length: > 0 })
        {
            return Rejection.Invalid("order.proof-missing", "Send the proof photo as the multipart field 'photo'.", "photo");
        }

        if (photo.Length > ProofPhotos.MaxBytes)
        {
            return Rejection.TooLarge("order.proof-too-large", $"A proof photo is at most {ProofPhotos.MaxBytes / (1024 * 1024)} MB.");
        }

        return ProofPhotos.ContentTypeOf(photo) is null
            ? Rejection.UnsupportedType("order.proof-unsupported-type", "A proof photo is a JPEG or PNG image.")
            : null;
    }
}
