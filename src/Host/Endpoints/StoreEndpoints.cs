using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Stores;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Stores (R5): open a store, its catalogue, stores in the locality.</summary>
public static class StoreEndpoints
{
    public static RouteGroupBuilder MapStores(this RouteGroupBuilder api)
    {
        var stores = api.MapGroup("/stores").WithTags("Delivery").RequireAuthorization();

        stores.MapPost("", async Task<Results<Created<StoreCreated>, ProblemHttpResult>> (OpenStoreBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(
                new OpenStore(context.Caller(), body.Name, body.Address, body.Position, body.OpeningHours, body.DeliveryRadiusM), context.RequestAborted))
                .To(context, created => TypedResults.Created($"/api/v1/stores/{created.StoreId}/catalog", created)))
            .WithSummary("Open a store (store role), in the owner's country and currency")
            .WithDescription("openingHours: [{\"day\":\"mon\",\"opens\":\"08:00\",\"closes\":\"22:00\"}, …] in the store's local time (its country's zone). "
                + "Days mon…sun; closing at or before opening runs past midnight; opens = closes is 24 hours; [] is always closed. "
                + "deliveryRadiusM: 500 to 30 000.")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);

        stores.MapPut("/{storeId}/catalog", async Task<Results<Ok<CatalogView>, ProblemHttpResult>> (string storeId, CatalogBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ReplaceCatalog(context.Caller(), storeId, body.Products), context.RequestAborted)).ToOk(context))
            .WithSummary("Replace the catalogue (the store's owner); prices in the store's currency, products without productId get one")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        stores.MapGet("/{storeId}/catalog", async Task<Results<Ok<CatalogView>, ProblemHttpResult>> (string storeId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetCatalog(context.Caller(), storeId), context.RequestAborted)).ToOk(context))
            .WithSummary("A store's products with prices, and whether it is open now")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        stores.MapGet("", async Task<Results<Ok<StoresView>, ProblemHttpResult>> (double? lat, double? lng, int? radiusM, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new FindStores(context.Caller(), lat, lng, radiusM), context.RequestAborted)).ToOk(context))
            .WithSummary("Stores within radiusM (default 5 000 m) of a point, nearest first; closed ones have open: false")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
