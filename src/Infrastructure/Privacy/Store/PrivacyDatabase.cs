using System.Data.Common;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>Connections for the privacy tables: the read-model database, with <see cref="PrivacySchema"/> created once before first use.</summary>
public sealed class PrivacyDatabase(ReadModelDatabase database) : IReadModelConnections
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        var connection = await database.Open(cancellationToken);
        if (_schemaReady)
        {
            return connection;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await ReadModelDatabase.Execute(connection, PrivacySchema.Sql, cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaLock.Release();
        }

        return connection;
    }

    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? At(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : At(reader.GetInt64(ordinal));
}
