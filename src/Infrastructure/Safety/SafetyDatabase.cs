using System.Data.Common;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>Connections to the journal's database with the <see cref="SafetySchema"/> tables in place.</summary>
public sealed class SafetyDatabase(ReadModelDatabase database)
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private bool _schemaReady;

    public async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        var connection = await database.Open(cancellationToken);
        if (!_schemaReady)
        {
            await _schemaLock.WaitAsync(cancellationToken);
            try
            {
                if (!_schemaReady)
                {
                    await ReadModelDatabase.Execute(connection, SafetySchema.Sql, cancellationToken);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaLock.Release();
            }
        }

        return connection;
    }

    public async Task<int> Execute(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await Open(cancellationToken);
        return await ReadModelDatabase.Execute(connection, sql, cancellationToken, parameters);
    }

    public async Task<List<T>> Query<T>(string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    public static DateTimeOffset At(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static DateTimeOffset? AtOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : At(reader.GetInt64(ordinal));
}
