using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Conversations.ConversationEvent.V1;

namespace Upjunoo.Domain.Conversations;

/// <summary>The in-app conversation of a trip or an order (R9): messages and recorded calls, closed with it, purged later (R18).</summary>
public sealed class Conversation : IDecider<ConversationState, ConversationCommand, ConversationEvent>
{
    public static ConversationState Initial => ConversationState.Empty;

    private static Rejection Gone { get; } = Rejection.NotFound("conversation.not-found", "No such conversation.");

    private static Rejection ClosedConversation { get; } =
        Rejection.Conflict("conversation.closed", "This conversation has ended with its trip or order.");

    public static Decision<ConversationEvent> Decide(ConversationCommand command, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.IsPurged)
        {
            return command is ConversationCommand.Purge or ConversationCommand.Close ? Decision<ConversationEvent>.Nothing : Gone;
        }

        return command switch
        {
            ConversationCommand.Post c => Post(c, state),
            ConversationCommand.RecordCall c => RecordCall(c, state),
            ConversationCommand.Close c => state.IsClosed
                ? Decision<ConversationEvent>.Nothing
                : Decision<ConversationEvent>.Accept(new Closed(c.ClosedAt, c.Now)),
            ConversationCommand.Purge c => Decision<ConversationEvent>.Accept(new Purged(c.Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<ConversationEvent> Post(ConversationCommand.Post c, ConversationState state)
    {
        if (state.Messages.Any(m => m.MessageId == c.MessageId))
        {
            return Decision<ConversationEvent>.Nothing;
        }

        if (state.IsClosed)
        {
            return ClosedConversation;
        }

        var text = c.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > ConversationRules.MaxTextLength)
        {
            return Rejection.Invalid("conversation.invalid-text", $"A message has 1 to {ConversationRules.MaxTextLength} characters.", "text");
        }

        if (state.Messages.Count >= ConversationRules.MaxMessages)
        {
            return Rejection.Conflict("conversation.full", "This conversation has too many messages.");
        }

        return Decision<ConversationEvent>.Accept(new MessagePosted(
            c.ConversationId, new ChatMessage(c.MessageId, c.AuthorId, c.AuthorRole, c.AuthorFirstName, text, c.Now)));
    }

    private static Decision<ConversationEvent> RecordCall(ConversationCommand.RecordCall c, ConversationState state)
    {
        if (state.Calls.Any(k => k.CallId == c.Call.CallId))
        {
            return Decision<ConversationEvent>.Nothing;
        }

        if (c.Call.DurationSeconds is < 0 or > ConversationRules.MaxCallSeconds || c.Call.StartedAt > c.Now)
        {
            return Rejection.Invalid("conversation.invalid-call", "A call starts in the past and lasts 0 to 4 hours.", "durationSeconds");
        }

        return Decision<ConversationEvent>.Accept(new CallRecorded(c.ConversationId, c.Call));
    }

    public static ConversationState Evolve(ConversationState state, ConversationEvent @event) => @event switch
    {
        MessagePosted e => state with { ConversationId = e.ConversationId, Messages = [.. state.Messages, e.Message] },
        CallRecorded e => state with { ConversationId = e.ConversationId, Calls = [.. state.Calls, e.Call] },
        Closed e => state with { ClosedAt = e.ClosedAt },
        Purged e => state with { Messages = [], Calls = [], PurgedAt = e.At },
        _ => state,
    };
}
