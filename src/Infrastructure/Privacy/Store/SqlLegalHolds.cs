using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

public sealed class SqlLegalHolds(PrivacyDatabase database) : ILegalHolds
{
    public async Task Place(LegalHold hold, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO legal_holds (hold_id, subject_id, reason, until_at, placed_by, placed_at)
            VALUES (@id, @subject, @reason, @until, @by, @at)
            """, cancellationToken,
            ("@id", hold.Id), ("@subject", hold.SubjectId), ("@reason", hold.Reason), ("@until", hold.Until is { } u ? Ms(u) : null),
            ("@by", hold.PlacedBy), ("@at", Ms(hold.PlacedAt)));
    }

    public async Task<IReadOnlyList<LegalHold>> All(bool includeReleased, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT hold_id, subject_id, reason, until_at, placed_by, placed_at, released_at FROM legal_holds"
            + (includeReleased ? "" : " WHERE released_at IS NULL") + " ORDER BY placed_at");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var holds = new List<LegalHold>();
        while (await reader.ReadAsync(cancellationToken))
        {
            holds.Add(new LegalHold(reader.GetString(0), reader.GetString(1), reader.GetString(2), At(reader, 3), reader.GetString(4),
                At(reader.GetInt64(5)), At(reader, 6)));
        }

        return holds;
    }

    public async Task<bool> Release(string holdId, string releasedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        return await ReadModelDatabase.Execute(connection,
            "UPDATE legal_holds SET released_at = @at, released_by = @by WHERE hold_id = @id AND released_at IS NULL",
            cancellationToken, ("@id", holdId), ("@by", releasedBy), ("@at", Ms(at))) > 0;
    }

    public async Task<IReadOnlySet<string>> HeldAt(DateTimeOffset now, CancellationToken cancellationToken) =>
        (await All(false, cancellationToken)).Where(h => h.InForceAt(now)).Select(h => h.SubjectId).ToHashSet(StringComparer.Ordinal);
}
