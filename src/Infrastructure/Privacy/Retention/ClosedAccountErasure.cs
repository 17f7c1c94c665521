using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Application.Privacy.Retention;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Retention;

/// <summary>
/// A closed account whose key was kept (a legal hold at deletion) is crypto-shredded once no hold applies and none of
/// its trips is still within its retention period.
/// </summary>
public sealed class ClosedAccountErasure(IAccountDirectory directory, ISubjectErasure erasure, ReadModelDatabase database)
{
    public async Task<int> Purge(RetentionPass pass, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var account in await directory.Closed(cancellationToken))
        {
            if (pass.Held.Contains(account.AccountId) || erasure.IsErased(account.AccountId) || await HasTrips(account.AccountId, cancellationToken))
            {
                continue;
            }

            await erasure.Erase(account.AccountId, [], cancellationToken);
            erased++;
        }

        return erased;
    }

    private async Task<bool> HasTrips(string accountId, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT COUNT(*) FROM trip_history WHERE rider_id = @id OR driver_id = @id", ("@id", accountId));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
