using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Application.Forms;
using Upjunoo.Application.Privacy;
using Upjunoo.Application.Support;
using Upjunoo.Host.Auth;
using Upjunoo.Host.Contracts;

namespace Upjunoo.Host.Endpoints;

/// <summary>Support tickets, the staff access log, forms and surveys (R10, R17, R22).</summary>
public static class SupportEndpoints
{
    public static RouteGroupBuilder MapSupport(this RouteGroupBuilder api)
    {
        var support = api.MapGroup("/support").WithTags("Support").RequireAuthorization();

        support.MapPost("/tickets", async Task<Results<Created<TicketCreated>, ProblemHttpResult>> (TicketBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new OpenTicket(context.Caller(), body.Kind, body.Subject, body.Message, body.TripId, body.OrderId), context.RequestAborted))
                .To(context, created => TypedResults.Created($"/api/v1/support/tickets/{created.TicketId}", created)))
            .WithSummary("Contact support: question, complaint, suggestion, lostItem, contestDecision (a person reviews an automated decision) or urgent")
            .WithAuthProblems(StatusCodes.Status422UnprocessableEntity);

        support.MapGet("/tickets", async Task<Results<Ok<IReadOnlyList<TicketSummary>>, ProblemHttpResult>> (bool? queue, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetTickets(context.Caller(), queue ?? context.Caller().Has(Domain.Identity.Role.Support)), context.RequestAborted)).ToOk(context))
            .WithSummary("My tickets; for support agents, the unresolved queue (priority first; queue=false for their own)")
            .WithAuthProblems();

        support.MapGet("/tickets/{ticketId}", async Task<Results<Ok<TicketView>, ProblemHttpResult>> (string ticketId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetTicket(context.Caller(), ticketId), context.RequestAborted)).ToOk(context))
            .WithSummary("A ticket, to its customer and to support agents (each agent view is logged)")
            .WithAuthProblems(StatusCodes.Status404NotFound);

        support.MapPost("/tickets/{ticketId}/messages", async Task<Results<Ok<TicketView>, ProblemHttpResult>> (string ticketId, TicketMessageBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ActOnTicket(context.Caller(), ticketId, TicketAction.Post, body.Message), context.RequestAborted)).ToOk(context))
            .WithSummary("Write on a ticket (the customer writing on a resolved ticket reopens it)")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        support.MapPost("/tickets/{ticketId}/assign", async Task<Results<Ok<TicketView>, ProblemHttpResult>> (string ticketId, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ActOnTicket(context.Caller(), ticketId, TicketAction.Assign, null), context.RequestAborted)).ToOk(context))
            .WithSummary("A support agent takes the ticket")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);

        support.MapPost("/tickets/{ticketId}/resolve", async Task<Results<Ok<TicketView>, ProblemHttpResult>> (string ticketId, ResolveBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new ActOnTicket(context.Caller(), ticketId, TicketAction.Resolve, body.Resolution), context.RequestAborted)).ToOk(context))
            .WithSummary("A support agent resolves the ticket; the customer is notified")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        support.MapGet("/access-log", async Task<Results<Ok<IReadOnlyList<AccessRecord>>, ProblemHttpResult>> (string? ticketId, string? resourceId, int? limit, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new GetAccessLog(context.Caller(), ticketId ?? resourceId, limit), context.RequestAborted)).ToOk(context))
            .WithSummary("Staff accesses to personal data (R22), for the DPO and operators")
            .WithAuthProblems(StatusCodes.Status403Forbidden);

        var forms = api.MapGroup("/forms").WithTags("Support").RequireAuthorization();
        forms.MapPost("", async Task<Results<Created<FormCreated>, ProblemHttpResult>> (FormBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new DefineForm(context.Caller(), body.Purpose, body.Title, body.Questions), context.RequestAborted))
                .To(context, created => TypedResults.Created($"/api/v1/forms/{created.FormId}", created)))
            .WithSummary("Operators: define a form or survey with its purpose (opinion, specialOffer, support)")
            .WithAuthProblems(StatusCodes.Status403Forbidden, StatusCodes.Status422UnprocessableEntity);
        forms.MapPost("/{formId}/answers", async Task<Results<Ok<FormCreated>, ProblemHttpResult>> (string formId, FormAnswersBody body, IMediator mediator, HttpContext context) =>
            (await mediator.Send(new AnswerForm(context.Caller(), formId, body.Answers), context.RequestAborted)).ToOk(context))
            .WithSummary("Answer a form; the answers are kept for its purpose only")
            .WithAuthProblems(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);
        return api;
    }
}
