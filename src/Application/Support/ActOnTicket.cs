using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Notifications;
using Upjunoo.Application.Retention;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Tickets;

namespace Upjunoo.Application.Support;

/// <summary>What a customer or an agent does on a ticket: write, take it (agent), resolve it (agent).</summary>
public enum TicketAction
{
    Post,
    Assign,
    Resolve,
}

public sealed record ActOnTicket(Caller Caller, string TicketId, TicketAction Action, string? Text) : IRequest<Outcome<TicketView>>;

public sealed class ActOnTicketHandler(
    TicketAccess access, TicketGateway tickets, AccountGateway accounts, ISupportQueue queue, IRetentionIndex retention,
    AccountNotifier notifier, IIdGenerator ids, TimeProvider clock) : IRequestHandler<ActOnTicket, Outcome<TicketView>>
{
    public async ValueTask<Outcome<TicketView>> Handle(ActOnTicket request, CancellationToken cancellationToken)
    {
        if (await access.Reach(request.Caller, request.TicketId, request.Action.ToString().ToLowerInvariant(), cancellationToken) is not { } ticket)
        {
            return TicketAccess.NotFound;
        }

        var byAgent = ticket.CustomerId != request.Caller.AccountId;
        if (request.Action != TicketAction.Post && !byAgent)
        {
            return Rejection.Forbidden("support.agents-only", "Only support agents assign and resolve tickets.");
        }

        var now = clock.GetUtcNow();
        TicketCommand command = request.Action switch
        {
            TicketAction.Assign => new TicketCommand.Assign(request.Caller.AccountId, now),
            TicketAction.Resolve => new TicketCommand.Resolve(request.Caller.AccountId, request.Text ?? "", now),
            _ => new TicketCommand.Post(ids.NewId(), request.Caller.AccountId, byAgent,
                (await accounts.Get(request.Caller.AccountId, cancellationToken)).FirstName, request.Text ?? "", now),
        };
        var reply = await tickets.Send(request.TicketId, command, cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        await queue.Upsert(TicketRowOf.State(reply.State, now), cancellationToken);
        await Retention(reply.State, cancellationToken);
        if (byAgent && reply.Events.Count > 0 && request.Action is TicketAction.Post or TicketAction.Resolve)
        {
            var key = request.Action == TicketAction.Resolve ? "support.resolved" : "support.answered";
            await notifier.Notify(ticket.CustomerId!, NotificationPurpose.Service, key, [request.TicketId], cancellationToken);
        }

        return await access.View(reply.State, request.Caller, cancellationToken);
    }

    private Task Retention(TicketState state, CancellationToken cancellationToken) =>
        state.ResolvedAt is { } resolved
            ? retention.MarkClosed(RetentionKinds.SupportTicket, state.TicketId!, resolved, cancellationToken)
            : retention.MarkReopened(RetentionKinds.SupportTicket, state.TicketId!, cancellationToken);
}
