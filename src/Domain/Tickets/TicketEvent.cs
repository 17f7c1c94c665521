using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Tickets;

/// <summary>Events of one support ticket; the customer owns its personal data, each message its author.</summary>
public abstract record TicketEvent : IPersisted
{
    private TicketEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("support-ticket.opened.v1")]
        public sealed record Opened(
            string TicketId,
            [property: DataSubject] string CustomerId,
            [property: Personal(DataCategory.Identity)] string CustomerFirstName,
            TicketKind Kind,
            [property: Personal(DataCategory.SupportConversations)] string Subject,
            string? TripId,
            string? OrderId,
            TicketMessage First,
            DateTimeOffset At) : TicketEvent;

        [PersistedAs("support-ticket.message-posted.v1")]
        public sealed record MessagePosted(TicketMessage Message) : TicketEvent;

        [PersistedAs("support-ticket.assigned.v1")]
        public sealed record Assigned(string AgentId, DateTimeOffset At) : TicketEvent;

        [PersistedAs("support-ticket.resolved.v1")]
        public sealed record Resolved(
            string AgentId,
            [property: Personal(DataCategory.SupportConversations)] string Resolution,
            DateTimeOffset At) : TicketEvent;

        [PersistedAs("support-ticket.reopened.v1")]
        public sealed record Reopened(DateTimeOffset At) : TicketEvent;

        [PersistedAs("support-ticket.purged.v1")]
        public sealed record Purged(DateTimeOffset At) : TicketEvent, IPurgesJournal;
    }
}
