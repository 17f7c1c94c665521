using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Drivers;
using Upjunoo.Application.Realtime;
using Upjunoo.Application.Trips;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Endpoints;

/// <summary>Partners' availability and location stream; the nearby list for riders (R3).</summary>
public static class DriverEndpoints
{
    public static RouteGroupBuilder MapDrivers(this RouteGroupBuilder api)
    {
        var drivers = api.MapGroup("/drivers").WithTags("Driver location and nearby drivers").RequireAuthorization();

        drivers.MapPut("/me/availability", async Task<Results<Ok<AvailabilityView>, ProblemHttpResult>> (AvailabilityBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SetAvailability(context.Caller(), body.Status), context.RequestAborted)).ToOk(context))
            .WithSummary("Go online or offline (driver or courier)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        drivers.MapPost("/me/locations", async Task<Results<Accepted<LocationsAccepted>, ProblemHttpResult>> (LocationsBody body, IMediator mediator, HttpContext context) =>
            {
                var outcome = await mediator.Send(new PostLocations(context.Caller(), body.Pings), context.RequestAborted);
                if (outcome.Value is { Full: true } full)
                {
                    // The pipeline is full: answer at once, never queue without bound (R31).
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(full.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return Problems.Problems.From(
                        Domain.Common.Rejection.TooMany("location.pipeline-full", "The location pipeline is full; retry after the delay."), RequestLanguage.Of(context));
                }

                return outcome.To(context, v => TypedResults.Accepted((string?)null, new LocationsAccepted(v.Accepted, v.Rejected)));
            })
            .WithSummary("Send 1–100 location pings; each refused ping says why")
            .WithDescription("Answers 429 with Retry-After when the pipeline is full. Reasons: invalid-coordinates, timestamp-in-future, timestamp-too-old, accuracy-too-low, impossible-speed.")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);

        drivers.MapGet("/nearby", async Task<Results<Ok<NearbyDriversView>, ProblemHttpResult>> (
                double? lat, double? lng, double? radiusM, string? service, int? limit, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new FindNearbyDrivers(context.Caller(), lat, lng, radiusM, service, limit), context.RequestAborted)).ToOk(context))
            .WithSummary("Available drivers near a point, nearest first: first name, vehicle, rating, distance, ETA, position (R13)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        drivers.MapGet("/me/offers", async Task<Results<Ok<IReadOnlyList<OfferView>>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyOffers(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My pending offers (the same as the hub's offer, for apps that poll)")
            .WithAuthProblems();
        return api;
    }
}
