using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Auth;
using Upjunoo.Host.Contracts;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Endpoints;

/// <summary>Sign-in with a phone and a one-time code (R1, R22).</summary>
public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuth(this RouteGroupBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth and accounts");

        auth.MapPost("/otp", async Task<Results<Accepted<OtpRequested>, ProblemHttpResult>> (OtpRequestBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RequestOtp(body.Phone, RequestLanguage.Requested(context)), context.RequestAborted))
                .To(context, value => TypedResults.Accepted((string?)null, value)))
            .WithSummary("Send a one-time code by SMS")
            .WithDescription("At most 5 codes per phone per hour; a code is valid 5 minutes.")
            .WithCommonProblems(StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);

        auth.MapPost("/verify", async Task<Results<Ok<TokenPair>, ProblemHttpResult>> (VerifyOtpBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(
                new VerifyOtp(body.Phone, body.Code, body.Name, body.Email, body.Country, body.Language, body.Device,
                    context.Connection.RemoteIpAddress?.ToString(), RequestLanguage.Requested(context)),
                context.RequestAborted)).ToOk(context))
            .WithSummary("Check the code, create the account on first sign-in, and issue tokens")
            .WithCommonProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", async Task<Results<Ok<TokenPair>, ProblemHttpResult>> (RefreshBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RefreshSession(body.RefreshToken), context.RequestAborted)).ToOk(context))
            .WithSummary("Rotate the refresh token; reusing an old one ends the session family")
            .WithCommonProblems(StatusCodes.Status401Unauthorized);
        return api;
    }
}
