using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Accounts;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>The caller's own account.</summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMe(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Auth and accounts").RequireAuthorization();

        me.MapGet("", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMe(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My profile")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        me.MapPatch("", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (PatchMeBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RectifyMe(context.Caller(), body.Name, body.Email, body.Language), context.RequestAborted)).ToOk(context))
            .WithSummary("Rectify my name, e-mail or language (R20)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        me.MapGet("/devices", async Task<Results<Ok<IReadOnlyList<DeviceView>>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyDevices(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("The devices that signed in to my account, with last IP and time (R22)")
            .WithAuthProblems();

        me.MapPost("/driver-profile", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (DriverProfileBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RequestPartnerProfile(context.Caller(), body.Kind, body.Vehicle, body.Services), context.RequestAborted)).ToOk(context))
            .WithSummary("Ask to become a driver or courier (auto-approved in Development)")
            .WithAuthProblems(StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        me.MapPost("/store-profile", async Task<Results<Ok<ProfileView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RequestStoreProfile(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("Ask for the store role (auto-approved in Development)")
            .WithAuthProblems();
        return api;
    }
}
