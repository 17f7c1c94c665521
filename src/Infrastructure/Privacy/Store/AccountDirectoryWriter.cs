using System.Data.Common;
using Akka.Persistence.Query;
using Upjunoo.Domain.Accounts;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Domain.Accounts.AccountEvent.V1;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>Keeps <c>account_directory</c> from account events: id, language, country, closing time — nothing personal.</summary>
public static class AccountDirectoryWriter
{
    public const string Name = "account-directory";

    public static Task Apply(DbConnection connection, EventEnvelope envelope)
    {
        if (envelope.Event is not AccountEvent e || !envelope.PersistenceId.StartsWith("account-", StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        var id = envelope.PersistenceId["account-".Length..];
        return e switch
        {
            Registered r => ReadModelDatabase.Execute(connection, """
                INSERT INTO account_directory (account_id, language, country, registered_at) VALUES (@id, @language, @country, @at)
                ON CONFLICT (account_id) DO NOTHING
                """, CancellationToken.None, ("@id", id), ("@language", r.Language.ToString()), ("@country", r.Country.ToString()), ("@at", r.At.ToUnixTimeMilliseconds())),
            Rectified { Language: { } language } => ReadModelDatabase.Execute(connection,
                "UPDATE account_directory SET language = @language WHERE account_id = @id", CancellationToken.None, ("@id", id), ("@language", language.ToString())),
            Closed c => ReadModelDatabase.Execute(connection,
                "UPDATE account_directory SET closed_at = @at WHERE account_id = @id", CancellationToken.None, ("@id", id), ("@at", c.At.ToUnixTimeMilliseconds())),
            _ => Task.CompletedTask,
        };
    }
}
