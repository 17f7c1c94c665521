namespace Upjunoo.Domain.Tickets;

public abstract record TicketCommand(DateTimeOffset Now)
{
    public sealed record Open(
        string TicketId, string CustomerId, string CustomerFirstName, TicketKind Kind, string Subject, string Message,
        string? TripId, string? OrderId, DateTimeOffset Now) : TicketCommand(Now);

    /// <summary>A message by the customer (reopens a resolved ticket) or by a support agent.</summary>
    public sealed record Post(string MessageId, string AuthorId, bool ByAgent, string AuthorFirstName, string Text, DateTimeOffset Now)
        : TicketCommand(Now);

    public sealed record Assign(string AgentId, DateTimeOffset Now) : TicketCommand(Now);

    /// <summary>Only a person resolves a ticket: an agent id, never the system (R17).</summary>
    public sealed record Resolve(string AgentId, string Resolution, DateTimeOffset Now) : TicketCommand(Now);

    public sealed record Purge(DateTimeOffset Now) : TicketCommand(Now);
}
