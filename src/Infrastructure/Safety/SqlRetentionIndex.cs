using Upjunoo.Application.Retention;

namespace Upjunoo.Infrastructure.Safety;

public sealed class SqlRetentionIndex(SafetyDatabase database) : IRetentionIndex
{
    public Task Track(string kind, string id, DateTimeOffset openedAt, CancellationToken cancellationToken) =>
        database.Execute("INSERT INTO retention_items (kind, item_id, opened_at) VALUES (@kind, @id, @at) ON CONFLICT (kind, item_id) DO NOTHING",
            cancellationToken, ("@kind", kind), ("@id", id), ("@at", SafetyDatabase.Ms(openedAt)));

    public Task MarkClosed(string kind, string id, DateTimeOffset closedAt, CancellationToken cancellationToken) =>
        database.Execute("UPDATE retention_items SET closed_at = @at WHERE kind = @kind AND item_id = @id AND purged_at IS NULL",
            cancellationToken, ("@kind", kind), ("@id", id), ("@at", SafetyDatabase.Ms(closedAt)));

    public Task MarkReopened(string kind, string id, CancellationToken cancellationToken) =>
        database.Execute("UPDATE retention_items SET closed_at = NULL WHERE kind = @kind AND item_id = @id AND purged_at IS NULL",
            cancellationToken, ("@kind", kind), ("@id", id));

    public Task MarkPurged(string kind, string id, DateTimeOffset purgedAt, CancellationToken cancellationToken) =>
        database.Execute("UPDATE retention_items SET purged_at = @at WHERE kind = @kind AND item_id = @id",
            cancellationToken, ("@kind", kind), ("@id", id), ("@at", SafetyDatabase.Ms(purgedAt)));

    public async Task<IReadOnlyList<RetentionItem>> Pending(int limit, CancellationToken cancellationToken) =>
        await database.Query(
            "SELECT kind, item_id, closed_at FROM retention_items WHERE purged_at IS NULL ORDER BY opened_at LIMIT @limit",
            r => new RetentionItem(r.GetString(0), r.GetString(1), SafetyDatabase.AtOrNull(r, 2)), cancellationToken, ("@limit", limit));
}
