using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy;

namespace Upjunoo.Application.Support;

/// <summary>My tickets; for support agents (<c>queue=true</c>), the unresolved queue, priority first. Viewing the queue is logged.</summary>
public sealed record GetTickets(Caller Caller, bool Queue) : IRequest<Outcome<IReadOnlyList<TicketSummary>>>;

public sealed class GetTicketsHandler(ISupportQueue queue, IAccessLog accessLog, TimeProvider clock) : IRequestHandler<GetTickets, Outcome<IReadOnlyList<TicketSummary>>>
{
    public async ValueTask<Outcome<IReadOnlyList<TicketSummary>>> Handle(GetTickets request, CancellationToken cancellationToken)
    {
        if (request.Queue && TicketAccess.IsAgent(request.Caller))
        {
            await accessLog.Record(new AccessRecord(clock.GetUtcNow(), request.Caller.AccountId, "support", null, "support-queue", "queue", "list"), cancellationToken);
            var rows = await queue.Unresolved(200, cancellationToken);
            return Outcome<IReadOnlyList<TicketSummary>>.Ok([.. rows.Select(r => TicketSummary.Of(r, request.Caller.AccountId))]);
        }

        var mine = await queue.OfCustomer(request.Caller.AccountId, 200, cancellationToken);
        return Outcome<IReadOnlyList<TicketSummary>>.Ok([.. mine.Select(r => TicketSummary.Of(r, request.Caller.AccountId))]);
    }
}
