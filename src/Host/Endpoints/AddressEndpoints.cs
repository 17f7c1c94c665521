using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Addresses;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>The caller's saved addresses and address suggestions (R6).</summary>
public static class AddressEndpoints
{
    public static RouteGroupBuilder MapAddresses(this RouteGroupBuilder api)
    {
        var addresses = api.MapGroup("/me/addresses").WithTags("Addresses").RequireAuthorization();

        addresses.MapGet("", async Task<Results<Ok<SavedAddressesView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyAddresses(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My saved addresses (home, work, named)")
            .WithAuthProblems();

        addresses.MapPost("", async Task<Results<Created<SavedAddressView>, ProblemHttpResult>> (SaveAddressBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SaveAddress(context.Caller(), body.Label, body.Name, body.Text, body.Position?.Lat, body.Position?.Lng), context.RequestAborted))
                .To(context, saved => TypedResults.Created($"/api/v1/me/addresses/{saved.AddressId}", saved)))
            .WithSummary("Save an address; a new home or work address replaces the previous one")
            .WithAuthProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        addresses.MapDelete("/{addressId}", async Task<Results<Ok<SavedAddressesView>, ProblemHttpResult>> (string addressId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RemoveAddress(context.Caller(), addressId), context.RequestAborted)).ToOk(context))
            .WithSummary("Remove a saved address")
            .WithAuthProblems();

        addresses.MapGet("/suggestions", async Task<Results<Ok<AddressSuggestionsView>, ProblemHttpResult>> (
                string? q, double? lat, double? lng, int? limit, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SuggestAddresses(context.Caller(), q, lat, lng, limit), context.RequestAborted)).ToOk(context))
            .WithSummary("Pickup / delivery suggestions: matching saved addresses first, then past searches and visits ranked by use (recent and near count more)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
