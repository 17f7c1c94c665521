using System.Data;
using System.Data.Common;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// The <c>subject_keys</c> table in the journal's database (plain ADO.NET, SQLite or PostgreSQL), created on first use.
/// An erased subject keeps a tombstone row: no key, and <c>erased_at</c>, so "erased" is never taken for "never existed".
/// </summary>
internal sealed class SubjectKeyTable(DatabaseSetup database)
{
    private readonly Lock _gate = new();
    private bool _created;

    public SubjectKeyRow? Read(string subjectId)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT wrapped_key, erased_at FROM subject_keys WHERE subject_id = @subject", subjectId);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new SubjectKeyRow(reader.IsDBNull(0) ? null : (byte[])reader.GetValue(0), !reader.IsDBNull(1));
    }

    /// <summary>Inserts the key unless a row exists (another node won the race, or the subject was erased meanwhile).</summary>
    public void InsertIfAbsent(string subjectId, byte[] wrappedKey, DateTimeOffset now)
    {
        using var connection = Open();
        using var command = Command(
            connection,
            "INSERT INTO subject_keys (subject_id, wrapped_key, created_at, erased_at) VALUES (@subject, @key, @now, NULL) "
            + "ON CONFLICT (subject_id) DO NOTHING",
            subjectId);
        Add(command, "@key", wrappedKey, DbType.Binary);
        Add(command, "@now", now, DbType.DateTimeOffset);
        command.ExecuteNonQuery();
    }

    /// <summary>Deletes the key and leaves the tombstone; erasing twice keeps the first erasure time.</summary>
    public void Erase(string subjectId, DateTimeOffset now)
    {
        using var connection = Open();
        if (!database.IsPostgres)
        {
            // Overwrite the freed bytes of the deleted key in the file instead of leaving them in a free page.
            using var pragma = Command(connection, "PRAGMA secure_delete = ON", null);
            pragma.ExecuteNonQuery();
        }

        using var command = Command(
            connection,
            "INSERT INTO subject_keys (subject_id, wrapped_key, created_at, erased_at) VALUES (@subject, NULL, @now, @now) "
            + "ON CONFLICT (subject_id) DO UPDATE SET wrapped_key = NULL, "
            + "erased_at = COALESCE(subject_keys.erased_at, excluded.erased_at)",
            subjectId);
        Add(command, "@now", now, DbType.DateTimeOffset);
        command.ExecuteNonQuery();
    }

    private DbConnection Open()
    {
        var connection = database.CreateConnection();
        connection.Open();
        EnsureCreated(connection);
        return connection;
    }

    private void EnsureCreated(DbConnection connection)
    {
        lock (_gate)
        {
            if (_created)
            {
                return;
            }

            var (blob, time) = database.IsPostgres ? ("bytea", "timestamptz") : ("BLOB", "TEXT");
            using var command = Command(
                connection,
                $"CREATE TABLE IF NOT EXISTS subject_keys (subject_id text PRIMARY KEY, wrapped_key {blob} NULL, "
                + $"created_at {time} NOT NULL, erased_at {time} NULL)",
                null);
            command.ExecuteNonQuery();
            _created = true;
        }
    }

    private static DbCommand Command(DbConnection connection, string sql, string? subjectId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (subjectId is not null)
        {
            Add(command, "@subject", subjectId, DbType.String);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

internal sealed record SubjectKeyRow(byte[]? WrappedKey, bool Erased);
