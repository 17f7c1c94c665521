using Upjunoo.Domain.Tickets;

namespace Upjunoo.Application.Support;

public static class TicketRowOf
{
    public static TicketRow State(TicketState s, DateTimeOffset now) => new(
        s.TicketId!, s.CustomerId!, TicketNames.Of(s.Kind), TicketNames.Of(s.Status), TicketRules.IsPriority(s.Kind), s.AgentId, s.OpenedAt!.Value, now);
}
