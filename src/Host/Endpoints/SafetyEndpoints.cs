using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Safety;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Emergency contacts and SOS (R8).</summary>
public static class SafetyEndpoints
{
    public static RouteGroupBuilder MapSafety(this RouteGroupBuilder api)
    {
        var safety = api.MapGroup("").WithTags("Safety").RequireAuthorization();

        safety.MapGet("/me/emergency-contacts", async Task<Results<Ok<EmergencyContactsView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetEmergencyContacts(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My emergency contacts (used for SOS only)")
            .WithAuthProblems();

        safety.MapPut("/me/emergency-contacts", async Task<Results<Ok<EmergencyContactsView>, ProblemHttpResult>> (EmergencyContactsBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SetEmergencyContacts(context.Caller(), body.Contacts), context.RequestAborted)).ToOk(context))
            .WithSummary("Replace my emergency contacts with those I picked (at most 5; phones normalised to E.164)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        safety.MapPost("/sos", async Task<Results<Ok<SosView>, ProblemHttpResult>> (SosBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RaiseSos(context.Caller(), body.Lat, body.Lng, body.TripId), context.RequestAborted)).ToOk(context))
            .WithSummary("SOS: SMS to my emergency contacts with my position (and the car during a trip); opens an urgent ticket")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        safety.MapGet("/me/sos", async Task<Results<Ok<IReadOnlyList<SosView>>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMySos(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My SOS alerts, newest first")
            .WithAuthProblems();
        return api;
    }
}
