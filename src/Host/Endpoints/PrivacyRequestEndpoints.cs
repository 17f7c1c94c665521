using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Privacy.Consents;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>A person's consents (R14) and rights requests (R20), and the DPO's answers.</summary>
public static class PrivacyRequestEndpoints
{
    public static RouteGroupBuilder MapPrivacyRequests(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Privacy").RequireAuthorization();
        me.MapGet("/consents", async Task<Results<Ok<ConsentsView>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetMyConsents(context.Caller()), context.RequestAborted)).ToOk(context))
            .WithSummary("My consents: marketing, advertising, analytics (R14)")
            .WithAuthProblems();
        me.MapPut("/consents", async Task<Results<Ok<ConsentsView>, ProblemHttpResult>> (ConsentsBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SetMyConsents(context.Caller(), body.Marketing, body.Advertising, body.Analytics, "app"), context.RequestAborted)).ToOk(context))
            .WithSummary("Grant or withdraw consents; refusing keeps the service usable (R14)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        me.MapDelete("", async Task<Results<Accepted<PrivacyRequestAccepted>, ProblemHttpResult>> (IMediator mediator, HttpContext context) =>
            (await mediator.Send(new DeleteMe(context.Caller()), context.RequestAborted)).To(context, Accepted))
            .WithSummary("Delete my account: a deletion request (R20)")
            .WithAuthProblems();

        var requests = api.MapGroup("/privacy/requests").WithTags("Privacy").RequireAuthorization();
        requests.MapPost("", async Task<Results<Accepted<PrivacyRequestAccepted>, ProblemHttpResult>> (PrivacyRequestBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new SubmitPrivacyRequest(context.Caller(), body.Type, body.Details), context.RequestAborted)).To(context, Accepted))
            .WithSummary("Exercise a right: access, export, erasure, deletion, rectification, restriction, objection, complaint (R20)")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);
        requests.MapGet("/{requestId}", async Task<Results<Ok<PrivacyRequestView>, ProblemHttpResult>> (string requestId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetPrivacyRequest(context.Caller(), requestId), context.RequestAborted)).ToOk(context))
            .WithSummary("A request's status and history (the requester or the DPO); for access/export, the archive link")
            .WithAuthProblems(StatusCodes.Status404NotFound);
        requests.MapGet("/{requestId}/archive", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string requestId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetArchive(context.Caller(), requestId), context.RequestAborted))
                .To(context, bytes => TypedResults.File(bytes, "application/json", $"upjunoo-{requestId}.json")))
            .WithSummary("The structured copy (JSON) of everything held on me — the requester only")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);

        var queue = api.MapGroup("/privacy/requests").WithTags("Privacy").RequireAuthorization(AuthSetup.DpoPolicy);
        queue.MapGet("", async Task<Results<Ok<IReadOnlyList<PrivacyRequestSummary>>, ProblemHttpResult>> (string? status, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ListPrivacyRequests(context.Caller(), status), context.RequestAborted)).ToOk(context))
            .WithSummary("The DPO's queue, by due date (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        queue.MapPost("/{requestId}/complete", async Task<Results<Ok<PrivacyRequestView>, ProblemHttpResult>> (string requestId, AnswerBody? body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new AnswerPrivacyRequest(context.Caller(), requestId, true, body?.Note), context.RequestAborted)).ToOk(context))
            .WithSummary("Complete a request (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        queue.MapPost("/{requestId}/reject", async Task<Results<Ok<PrivacyRequestView>, ProblemHttpResult>> (string requestId, AnswerBody? body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new AnswerPrivacyRequest(context.Caller(), requestId, false, body?.Reason), context.RequestAborted)).ToOk(context))
            .WithSummary("Reject a request, with the reason the person is told (dpo)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static Accepted<PrivacyRequestAccepted> Accepted(PrivacyRequestAccepted accepted) =>
        TypedResults.Accepted($"/api/v1/privacy/requests/{accepted.RequestId}", accepted);
}
