using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Conversations;

/// <summary>Events of one conversation; each message and call carries its own data subject (its author, its caller).</summary>
public abstract record ConversationEvent : IPersisted
{
    private ConversationEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("conversation.message-posted.v1")]
        public sealed record MessagePosted(string ConversationId, ChatMessage Message) : ConversationEvent;

        [PersistedAs("conversation.call-recorded.v1")]
        public sealed record CallRecorded(string ConversationId, CallRecord Call) : ConversationEvent;

        [PersistedAs("conversation.closed.v1")]
        public sealed record Closed(DateTimeOffset ClosedAt, DateTimeOffset At) : ConversationEvent;

        /// <summary>Everything before this event is deleted from the journal.</summary>
        [PersistedAs("conversation.purged.v1")]
        public sealed record Purged(DateTimeOffset At) : ConversationEvent, IPurgesJournal;
    }
}
