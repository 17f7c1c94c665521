using System.Data.Common;
using Upjunoo.Application.Support;

namespace Upjunoo.Infrastructure.Safety;

public sealed class SqlSupportQueue(SafetyDatabase database) : ISupportQueue
{
    private const string Columns = "ticket_id, customer_id, kind, status, priority, agent_id, opened_at, updated_at";

    public Task Upsert(TicketRow row, CancellationToken cancellationToken) =>
        database.Execute($"""
            INSERT INTO support_tickets ({Columns}) VALUES (@id, @customer, @kind, @status, @priority, @agent, @opened, @updated)
            ON CONFLICT (ticket_id) DO UPDATE SET status = excluded.status, agent_id = excluded.agent_id, updated_at = excluded.updated_at
            """, cancellationToken,
            ("@id", row.TicketId), ("@customer", row.CustomerId), ("@kind", row.Kind), ("@status", row.Status), ("@priority", row.Priority ? 1 : 0),
            ("@agent", row.AgentId), ("@opened", SafetyDatabase.Ms(row.OpenedAt)), ("@updated", SafetyDatabase.Ms(row.UpdatedAt)));

    public async Task<IReadOnlyList<TicketRow>> OfCustomer(string customerId, int limit, CancellationToken cancellationToken) =>
        await database.Query($"SELECT {Columns} FROM support_tickets WHERE customer_id = @customer ORDER BY opened_at DESC LIMIT @limit",
            Map, cancellationToken, ("@customer", customerId), ("@limit", limit));

    public async Task<IReadOnlyList<TicketRow>> Unresolved(int limit, CancellationToken cancellationToken) =>
        await database.Query($"SELECT {Columns} FROM support_tickets WHERE status <> 'resolved' ORDER BY priority DESC, opened_at LIMIT @limit",
            Map, cancellationToken, ("@limit", limit));

    public Task Remove(string ticketId, CancellationToken cancellationToken) =>
        database.Execute("DELETE FROM support_tickets WHERE ticket_id = @id", cancellationToken, ("@id", ticketId));

    private static TicketRow Map(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4) == 1, r.IsDBNull(5) ? null : r.GetString(5),
        SafetyDatabase.At(r.GetInt64(6)), SafetyDatabase.At(r.GetInt64(7)));
}
