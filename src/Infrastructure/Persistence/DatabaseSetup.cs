using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>Opens connections to the journal's database (for readiness, read models and the first-start set-up).</summary>
public sealed class DatabaseSetup(PersistenceSettings settings, string dataDirectory)
{
    public string ConnectionString { get; } = settings.EffectiveConnectionString(dataDirectory);

    public bool IsPostgres => settings.IsPostgres;

    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public DbConnection CreateConnection()
    {
        if (IsPostgres)
        {
            return new NpgsqlConnection(ConnectionString);
        }

        var connection = new SqliteConnection(ConnectionString);
        connection.StateChange += (_, change) =>
        {
            if (change.CurrentState == System.Data.ConnectionState.Open)
            {
                SqlitePragmas.Apply(connection);
            }
        };
        return connection;
    }

    /// <summary>Creates the data folder and, on SQLite, switches the file to WAL so readers never block the journal writer.</summary>
    public void PrepareOnFirstStart()
    {
        Directory.CreateDirectory(DataDirectory);
        if (IsPostgres)
        {
            return;
        }

        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    /// <summary>True when a trivial query answers within the deadline.</summary>
    public async Task<bool> IsReachable(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = CreateConnection();
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
