using System.Data.Common;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Plain ADO.NET over the journal's database for read models (portable SQL: SQLite and PostgreSQL).</summary>
public sealed class ReadModelDatabase(DatabaseSetup database) : IReadModelConnections
{
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    /// <summary>An open connection; the first caller creates the tables and every other caller waits until they exist.</summary>
    public async Task<DbConnection> Open(CancellationToken cancellationToken)
    {
        var connection = database.CreateConnection();
        await connection.OpenAsync(cancellationToken);
        if (_schemaReady)
        {
            return connection;
        }

        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (!_schemaReady)
            {
                await Execute(connection, ReadModelSchema.Sql, cancellationToken);
                _schemaReady = true;
            }
        }
        finally
        {
            _schemaLock.Release();
        }

        return connection;
    }

    public static async Task<int> Execute(DbConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
