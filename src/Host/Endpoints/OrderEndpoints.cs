using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Upjunoo.Application.Common;
using Upjunoo.Application.Orders;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Delivery orders (R5): place, follow, the store's and the courier's actions, proof of delivery, history.</summary>
public static class OrderEndpoints
{
    public static RouteGroupBuilder MapOrders(this RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders").WithTags("Delivery").RequireAuthorization();

        orders.MapPost("", async Task<Results<Created<OrderCreated>, ProblemHttpResult>> (PlaceOrderBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(
                new PlaceOrder(context.Caller(), body.StoreId, body.Items, body.Dropoff, body.Comment, body.PaymentMethod), context.RequestAborted))
                .To(context, created => TypedResults.Created($"/api/v1/orders/{created.OrderId}", created)))
            .WithSummary("Order from an open store; priced from its catalogue, plus the country's delivery fee")
            .WithDescription("The comment carries the customer's wishes to the store and the courier (at most 500 characters). "
                + "Refusals: store closed (409 order.store-closed), product unknown (404) or unavailable (409), drop-off outside the delivery radius (422).")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        orders.MapGet("/{orderId}", async Task<Results<Ok<OrderView>, ProblemHttpResult>> (string orderId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetOrder(context.Caller(), orderId), context.RequestAborted)).ToOk(context))
            .WithSummary("An order: only for its customer, its store, its (offered) courier and support")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        MapAction(orders, "accept", OrderActionKind.StoreAccept, "The store accepts; courier dispatch starts");
        MapAction(orders, "reject", OrderActionKind.StoreReject, "The store refuses the order (body {reason} optional)");
        MapAction(orders, "ready", OrderActionKind.Ready, "The store has the goods ready for pickup");
        MapAction(orders, "courier-decline", OrderActionKind.CourierDecline, "The offered courier declines");
        MapAction(orders, "pickup", OrderActionKind.PickUp, "The courier picked the goods up at the store");
        MapAction(orders, "cancel", OrderActionKind.Cancel, "Cancel: the customer until the store accepts, support while open");

        orders.MapPost("/{orderId}/courier-accept", async Task<Results<Ok<OrderView>, ProblemHttpResult>> (string orderId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new AcceptOrderOffer(context.Caller(), orderId), context.RequestAborted)).ToOk(context))
            .WithSummary("The offered courier accepts")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        orders.MapPost("/{orderId}/deliver", async Task<Results<Ok<OrderView>, ProblemHttpResult>> (string orderId, IMediator mediator, HttpContext context) =>
            {
                var (photo, tooLarge) = await ProofUpload.Read(context);
                if (tooLarge is not null)
                {
                    return tooLarge;
                }

                return (await mediator.Send(new DeliverOrder(context.Caller(), orderId, photo), context.RequestAborted)).ToOk(context);
            })
            .Accepts<DeliverForm>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(ProofUpload.MaxRequestBytes))
            .WithSummary("The courier hands the order over with a proof photo (multipart field photo: JPEG or PNG, at most 5 MB)")
            .WithDescription("The type is judged from the file's first bytes, not its name or declared type. Missing or empty photo: 422; "
                + "larger than 5 MB: 413; not a JPEG or PNG: 415. Nothing is stored when the delivery is refused.")
            .WithAuthProblems(
                StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status413PayloadTooLarge,
                StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status422UnprocessableEntity);

        orders.MapGet("/{orderId}/proof", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string orderId, IMediator mediator, HttpContext context) =>
            {
                var outcome = await mediator.Send(new GetOrderProof(context.Caller(), orderId), context.RequestAborted);
                context.Response.Headers.CacheControl = "private, no-store";
                return outcome.To(context, blob => TypedResults.File(blob.Content, blob.ContentType));
            })
            .WithSummary("The proof-of-delivery photo: to the customer, the courier, the store's owner and support only")
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png"])
            .WithAuthProblems(StatusCodes.Status404NotFound);

        api.MapGet("/me/orders", async Task<Results<Ok<Paged<OrderHistoryItem>>, ProblemHttpResult>> (int? limit, string? cursor, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyOrders(context.Caller(), limit, cursor), context.RequestAborted)).ToOk(context))
            .RequireAuthorization()
            .WithTags("Delivery")
            .WithSummary("My orders as customer, store or courier, newest first (R20 access)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static void MapAction(RouteGroupBuilder orders, string path, OrderActionKind action, string summary) =>
        orders.MapPost($"/{{orderId}}/{path}", async Task<Results<Ok<OrderView>, ProblemHttpResult>> (string orderId, CancelBody? body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new TakeOrderAction(context.Caller(), orderId, action, body?.Reason), context.RequestAborted)).ToOk(context))
            .WithSummary(summary)
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
}
