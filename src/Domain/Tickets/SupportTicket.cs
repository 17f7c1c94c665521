using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Tickets.TicketEvent.V1;

namespace Upjunoo.Domain.Tickets;

/// <summary>A support ticket (R10): open → assigned → resolved (→ reopened when the customer writes again).</summary>
public sealed class SupportTicket : IDecider<TicketState, TicketCommand, TicketEvent>
{
    public static TicketState Initial => TicketState.Empty;

    private static Rejection NotFound { get; } = Rejection.NotFound("support.ticket-not-found", "No such ticket.");

    public static Decision<TicketEvent> Decide(TicketCommand command, TicketState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (command is TicketCommand.Open open)
        {
            return state.TicketId is not null ? Decision<TicketEvent>.Nothing : Open(open);
        }

        if (!state.Exists)
        {
            return command is TicketCommand.Purge ? Decision<TicketEvent>.Nothing : NotFound;
        }

        return command switch
        {
            TicketCommand.Post c => Post(c, state),
            TicketCommand.Assign c => state.AgentId == c.AgentId && state.Status == TicketStatus.Assigned
                ? Decision<TicketEvent>.Nothing
                : Decision<TicketEvent>.Accept(new Assigned(c.AgentId, c.Now)),
            TicketCommand.Resolve c => Resolve(c, state),
            TicketCommand.Purge c => Decision<TicketEvent>.Accept(new Purged(c.Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<TicketEvent> Open(TicketCommand.Open c)
    {
        if (!Enum.IsDefined(c.Kind))
        {
            return Rejection.Invalid("support.invalid-kind", "Unknown ticket kind.", "kind");
        }

        if (!TicketRules.IsValidText(c.Subject, TicketRules.MaxSubjectLength))
        {
            return Rejection.Invalid("support.invalid-subject", $"A subject has 1 to {TicketRules.MaxSubjectLength} characters.", "subject");
        }

        if (!TicketRules.IsValidText(c.Message, TicketRules.MaxTextLength))
        {
            return Rejection.Invalid("support.invalid-message", $"A message has 1 to {TicketRules.MaxTextLength} characters.", "message");
        }

        var first = new TicketMessage(c.TicketId + "-1", c.CustomerId, false, c.CustomerFirstName, c.Message.Trim(), c.Now);
        return Decision<TicketEvent>.Accept(new Opened(
            c.TicketId, c.CustomerId, c.CustomerFirstName, c.Kind, c.Subject.Trim(), c.TripId, c.OrderId, first, c.Now));
    }

    private static Decision<TicketEvent> Post(TicketCommand.Post c, TicketState state)
    {
        if (state.Messages.Any(m => m.MessageId == c.MessageId))
        {
            return Decision<TicketEvent>.Nothing;
        }

        if (!TicketRules.IsValidText(c.Text, TicketRules.MaxTextLength))
        {
            return Rejection.Invalid("support.invalid-message", $"A message has 1 to {TicketRules.MaxTextLength} characters.", "message");
        }

        if (state.Messages.Count >= TicketRules.MaxMessages)
        {
            return Rejection.Conflict("support.ticket-full", "This ticket has too many messages; open a new one.");
        }

        var posted = new MessagePosted(new TicketMessage(c.MessageId, c.AuthorId, c.ByAgent, c.AuthorFirstName, c.Text.Trim(), c.Now));
        return state.Status == TicketStatus.Resolved && !c.ByAgent
            ? Decision<TicketEvent>.Accept(new Reopened(c.Now), posted)
            : Decision<TicketEvent>.Accept(posted);
    }

    private static Decision<TicketEvent> Resolve(TicketCommand.Resolve c, TicketState state)
    {
        if (state.Status == TicketStatus.Resolved)
        {
            return Decision<TicketEvent>.Nothing;
        }

        if (!Ids.LooksValid(c.AgentId) || c.AgentId == "system")
        {
            return Rejection.Forbidden("support.person-required", "Only a support agent resolves a ticket.");
        }

        return TicketRules.IsValidText(c.Resolution, TicketRules.MaxTextLength)
            ? Decision<TicketEvent>.Accept(new Resolved(c.AgentId, c.Resolution.Trim(), c.Now))
            : Rejection.Invalid("support.invalid-resolution", "A resolution says what was done.", "resolution");
    }

    public static TicketState Evolve(TicketState state, TicketEvent @event) => @event switch
    {
        Opened e => state with
        {
            TicketId = e.TicketId, CustomerId = e.CustomerId, CustomerFirstName = e.CustomerFirstName, Kind = e.Kind,
            Subject = e.Subject, TripId = e.TripId, OrderId = e.OrderId, Status = TicketStatus.Open, Messages = [e.First], OpenedAt = e.At,
        },
        MessagePosted e => state with { Messages = [.. state.Messages, e.Message] },
        Assigned e => state with { AgentId = e.AgentId, Status = TicketStatus.Assigned },
        Resolved e => state with { Status = TicketStatus.Resolved, Resolution = e.Resolution, ResolvedAt = e.At, AgentId = e.AgentId },
        Reopened => state with { Status = TicketStatus.Reopened, ResolvedAt = null },
        Purged e => state with { CustomerFirstName = null, Subject = null, Messages = [], Resolution = null, PurgedAt = e.At },
        _ => state,
    };
}
