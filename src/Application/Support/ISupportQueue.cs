namespace Upjunoo.Application.Support;

/// <summary>The ticket list read model (ids, kinds, statuses and times only; the texts stay encrypted in the ticket).</summary>
public interface ISupportQueue
{
    Task Upsert(TicketRow row, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketRow>> OfCustomer(string customerId, int limit, CancellationToken cancellationToken);

    /// <summary>Unresolved tickets, priority ones (SOS, contested decisions) first, then oldest first.</summary>
    Task<IReadOnlyList<TicketRow>> Unresolved(int limit, CancellationToken cancellationToken);

    Task Remove(string ticketId, CancellationToken cancellationToken);
}

public sealed record TicketRow(string TicketId, string CustomerId, string Kind, string Status, bool Priority, string? AgentId, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);
