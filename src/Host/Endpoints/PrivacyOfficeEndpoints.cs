using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>The DPO's registers: legal holds (R18) and the disclosure ledger (R19).</summary>
public static class PrivacyOfficeEndpoints
{
    public static RouteGroupBuilder MapPrivacyOffice(this RouteGroupBuilder api)
    {
        var office = api.MapGroup("/privacy").WithTags("Privacy").RequireAuthorization(AuthSetup.DpoPolicy);

        office.MapPost("/legal-holds", async Task<Results<Created<LegalHold>, ProblemHttpResult>> (LegalHoldBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new PlaceLegalHold(context.Caller(), body.SubjectId, body.Reason, body.Until), context.RequestAborted))
                .To(context, hold => TypedResults.Created($"/api/v1/privacy/legal-holds/{hold.Id}", hold)))
            .WithSummary("Suspend destruction for a person or a case (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        office.MapGet("/legal-holds", async Task<Results<Ok<IReadOnlyList<LegalHold>>, ProblemHttpResult>> (bool? includeReleased, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ListLegalHolds(context.Caller(), includeReleased ?? false), context.RequestAborted)).ToOk(context))
            .WithSummary("Legal holds (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden);
        office.MapPost("/legal-holds/{holdId}/release", async Task<Results<Ok<LegalHold>, ProblemHttpResult>> (string holdId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ReleaseLegalHold(context.Caller(), holdId), context.RequestAborted)).ToOk(context))
            .WithSummary("Release a legal hold (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        office.MapPost("/disclosures", async Task<Results<Created<Disclosure>, ProblemHttpResult>> (DisclosureBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new RecordDisclosure(context.Caller(), body.Recipient, body.RecipientKind, body.Country, body.LegalBasis, body.Categories, body.SubjectId),
                context.RequestAborted)).To(context, d => TypedResults.Created($"/api/v1/privacy/disclosures/{d.Id}", d)))
            .WithSummary("Record a disclosure to a partner, an authority or a processor (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        office.MapGet("/disclosures", async Task<Results<Ok<IReadOnlyList<Disclosure>>, ProblemHttpResult>> (string? subjectId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ListDisclosures(context.Caller(), subjectId), context.RequestAborted)).ToOk(context))
            .WithSummary("The disclosure ledger (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden);
        return api;
    }
}
