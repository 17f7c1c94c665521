using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

public sealed class SqlPrivacyRequestIndex(PrivacyDatabase database) : IPrivacyRequestIndex
{
    private const string Columns = "request_id, requester_id, type, status, received_at, due_at, updated_at";

    public Task<IReadOnlyList<PrivacyRequestSummary>> ByStatus(string? status, int limit, CancellationToken cancellationToken) =>
        Query($"SELECT {Columns} FROM privacy_requests" + (status is null ? "" : " WHERE status = @status") + " ORDER BY due_at LIMIT @limit",
            cancellationToken, ("@status", status), ("@limit", limit));

    public Task<IReadOnlyList<PrivacyRequestSummary>> Of(string requesterId, CancellationToken cancellationToken) =>
        Query($"SELECT {Columns} FROM privacy_requests WHERE requester_id = @requester ORDER BY received_at", cancellationToken, ("@requester", requesterId));

    private async Task<IReadOnlyList<PrivacyRequestSummary>> Query(string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PrivacyRequestSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PrivacyRequestSummary(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                At(reader.GetInt64(4)), At(reader.GetInt64(5)), At(reader.GetInt64(6))));
        }

        return list;
    }
}
