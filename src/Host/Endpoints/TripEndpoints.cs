using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Upjunoo.Application.Common;
using Upjunoo.Application.Trips;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Rides (R4): estimate, request, follow, the driver's actions, cancellation, rating, receipt, history.</summary>
public static class TripEndpoints
{
    public static RouteGroupBuilder MapTrips(this RouteGroupBuilder api)
    {
        var trips = api.MapGroup("/trips").WithTags("Rides").RequireAuthorization();

        trips.MapPost("/estimate", async Task<Results<Ok<FareEstimateView>, ProblemHttpResult>> (EstimateBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new EstimateFare(context.Caller(), body.Pickup, body.Dropoff, body.Service), context.RequestAborted)).ToOk(context))
            .WithSummary("Fare estimate in the local currency")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        trips.MapPost("", async Task<Results<Created<TripCreated>, Ok<TripCreated>, ProblemHttpResult>> (
                RequestTripBody body, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, IMediator mediator, HttpContext context) =>
            {
                var outcome = await mediator.Send(
                    new RequestTrip(context.Caller(), body.Pickup, body.Dropoff, body.Service, body.PaymentMethod, body.ChosenDriverId, idempotencyKey),
                    context.RequestAborted);
                if (outcome.Rejection is not null)
                {
                    return Problem(outcome, context);
                }

                var created = outcome.Value!;
                return created.Replayed ? TypedResults.Ok(created) : TypedResults.Created($"/api/v1/trips/{created.TripId}", created);
            })
            .WithSummary("Request a ride; with chosenDriverId the offer goes to that driver only (R3)")
            .WithDescription("Send an Idempotency-Key header: a retry with the same key returns the same trip (200 instead of 201).")
            .WithAuthProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        trips.MapGet("/{tripId}", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetTrip(context.Caller(), tripId), context.RequestAborted)).ToOk(context))
            .WithSummary("A trip: only for the rider, the assigned driver, support and operators")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        trips.MapPost("/{tripId}/cancel", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, CancelBody? body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new CancelTrip(context.Caller(), tripId, body?.Reason), context.RequestAborted)).ToOk(context))
            .WithSummary("Cancel, by the rider or the driver where the state and the country's rules allow")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        trips.MapPost("/{tripId}/accept", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new AcceptTripOffer(context.Caller(), tripId), context.RequestAborted)).ToOk(context))
            .WithSummary("The offered driver accepts")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        MapDriverAction(trips, "decline", TripActionKind.Decline, "The offered driver declines");
        MapDriverAction(trips, "arrived", TripActionKind.Arrived, "The driver is at the pickup");
        MapDriverAction(trips, "start", TripActionKind.Start, "The ride starts");

        trips.MapPost("/{tripId}/complete", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, CompleteBody? body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new TakeTripAction(context.Caller(), tripId, TripActionKind.Complete, body?.DistanceM, body?.DurationSeconds), context.RequestAborted)).ToOk(context))
            .WithSummary("The ride ends; the fare is computed from the measured distance and duration (or the estimate)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        trips.MapPost("/{tripId}/choose-driver", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, ChooseDriverBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ChooseDriver(context.Caller(), tripId, body.DriverId), context.RequestAborted)).ToOk(context))
            .WithSummary("After the chosen driver could not come: pick another (or null for automatic matching)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        trips.MapPost("/{tripId}/rating", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, RatingBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RateTrip(context.Caller(), tripId, body.Stars, body.Comment), context.RequestAborted)).ToOk(context))
            .WithSummary("Rate the other side once (1–5 stars, optional comment)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        trips.MapGet("/{tripId}/receipt", async Task<Results<Ok<ReceiptView>, ProblemHttpResult>> (string tripId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetReceipt(context.Caller(), tripId), context.RequestAborted)).ToOk(context))
            .WithSummary("The receipt, in the caller's language and the trip's currency")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        api.MapGet("/me/trips", async Task<Results<Ok<Paged<TripHistoryItem>>, ProblemHttpResult>> (int? limit, string? cursor, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyTrips(context.Caller(), limit, cursor), context.RequestAborted)).ToOk(context))
            .RequireAuthorization()
            .WithTags("Rides")
            .WithSummary("My trips as rider or driver, newest first (R20 access)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static void MapDriverAction(RouteGroupBuilder trips, string path, TripActionKind action, string summary) =>
        trips.MapPost($"/{{tripId}}/{path}", async Task<Results<Ok<TripView>, ProblemHttpResult>> (string tripId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new TakeTripAction(context.Caller(), tripId, action), context.RequestAborted)).ToOk(context))
            .WithSummary(summary)
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

    private static ProblemHttpResult Problem<T>(Outcome<T> outcome, HttpContext context) =>
        Problems.Problems.From(outcome.Rejection!, Localization.RequestLanguage.Of(context));
}
