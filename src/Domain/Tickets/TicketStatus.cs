namespace Upjunoo.Domain.Tickets;

public enum TicketStatus
{
    Open,
    Assigned,
    Resolved,
    Reopened,
}
