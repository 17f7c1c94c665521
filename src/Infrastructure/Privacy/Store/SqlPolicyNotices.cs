using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

public sealed class SqlPolicyNotices(PrivacyDatabase database) : IPolicyNotices
{
    public async Task Record(int version, string accountId, string channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO policy_notices (version, account_id, channel, noticed_at) VALUES (@version, @account, @channel, @at)
            ON CONFLICT (version, account_id, channel) DO NOTHING
            """, cancellationToken, ("@version", version), ("@account", accountId), ("@channel", channel), ("@at", Ms(at)));
    }

    public async Task<IReadOnlyList<PolicyNotice>> Of(int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT version, account_id, channel, noticed_at FROM policy_notices WHERE version = @version ORDER BY noticed_at", ("@version", version));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PolicyNotice>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PolicyNotice(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2), At(reader.GetInt64(3))));
        }

        return list;
    }
}
