using System.Data.Common;
using LinqToDB.Interceptors;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings. In WAL mode <c>synchronous=NORMAL</c> keeps every committed transaction across a
/// process crash (the failure a node death is) and only risks the last commits on an OS crash or power loss, while
/// sparing an fsync per commit — the journal's throughput limit on SQLite. PostgreSQL is the production store.
/// </summary>
public sealed class SqlitePragmas : ConnectionInterceptor
{
    public const string Sql = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public static SqlitePragmas Instance { get; } = new();

    public override void ConnectionOpened(ConnectionEventData eventData, DbConnection connection) => Apply(connection);

    public override Task ConnectionOpenedAsync(ConnectionEventData eventData, DbConnection connection, CancellationToken cancellationToken)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.ExecuteNonQuery();
    }
}
