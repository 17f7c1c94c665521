using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Privacy;
using Upjunoo.Application.Privacy.Aggregates;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Endpoints;

/// <summary>The privacy policy and its versions (R21), the data catalogue (R12) and public-interest aggregates (R16).</summary>
public static class PrivacyEndpoints
{
    public static RouteGroupBuilder MapPrivacy(this RouteGroupBuilder api)
    {
        var privacy = api.MapGroup("/privacy").WithTags("Privacy");

        privacy.MapGet("/categories", async Task<Results<Ok<IReadOnlyList<DataCategoryView>>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetDataCategories(RequestLanguage.Of(context)), context.RequestAborted)).ToOk(context))
            .WithSummary("The categories of personal data, their purpose and retention (R12, R18)");

        privacy.MapGet("/policy", async Task<Results<Ok<PolicyView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetPolicy(RequestLanguage.Of(context)), context.RequestAborted)).ToOk(context))
            .WithSummary("The privacy policy in force, in the caller's language");

        privacy.MapGet("/policy/versions", async Task<Results<Ok<IReadOnlyList<PolicyVersionView>>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetPolicyVersions(), context.RequestAborted)).ToOk(context))
            .WithSummary("Every version of the policy with its date (R21)");

        privacy.MapPost("/policy/versions", async Task<Results<Ok<PolicyPublishedView>, ProblemHttpResult>> (PublishPolicyBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new PublishPolicy(context.Caller(), body.TextFr, body.TextEn), context.RequestAborted)).ToOk(context))
            .RequireAuthorization(AuthSetup.DpoPolicy)
            .WithSummary("Publish a new version and tell every user in their language (dpo, R21)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);

        privacy.MapGet("/aggregates/trips", async Task<Results<Ok<TripAggregatesView>, ProblemHttpResult>> (
                DateTimeOffset? from, DateTimeOffset? to, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetTripAggregates(context.Caller(), from, to), context.RequestAborted)).ToOk(context))
            .RequireAuthorization()
            .WithSummary("Trips per coarse cell and day for an authority's public-interest request; cells under 10 are suppressed (dpo or operator, R16)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);

        return api.MapPrivacyRequests().MapPrivacyOffice();
    }
}
