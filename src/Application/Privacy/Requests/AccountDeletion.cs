using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Privacy.Requests;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>
/// Account deletion (R20, "Paramètres → Supprimer le compte"): closes the account (no more sign-in, sessions end), then
/// crypto-shreds the person's key — unless a legal hold applies, in which case the key is kept and retention erases it
/// once the hold ends. Trips stay for the other party; the person's fields in them read "[erased]".
/// </summary>
public sealed class AccountDeletion(
    AccountGateway accounts, PrivacyRequestGateway requests, ILegalHolds holds, ISubjectErasure erasure, ITripHistory history, TimeProvider clock)
{
    public const string System = "system";

    public async Task<PrivacyRequestState> Run(string requestId, string accountId, CancellationToken cancellationToken)
    {
        var closed = await accounts.Send(accountId, new AccountCommand.Close(requestId, clock.GetUtcNow()), cancellationToken);
        if (closed.Rejection is { } refused)
        {
            return (await requests.Send(requestId, new PrivacyRequestCommand.Reject(System, refused.Detail, clock.GetUtcNow()), cancellationToken)).State;
        }

        if ((await holds.HeldAt(clock.GetUtcNow(), cancellationToken)).Contains(accountId))
        {
            // Kept under a legal hold: the request stays in progress until the hold ends and retention erases.
            return (await requests.Send(requestId, new PrivacyRequestCommand.Start(System, clock.GetUtcNow()), cancellationToken)).State;
        }

        await erasure.Erase(accountId, await TripIdsOf(accountId, cancellationToken), cancellationToken);
        return (await requests.Send(requestId, new PrivacyRequestCommand.Complete(System, null, false, clock.GetUtcNow()), cancellationToken)).State;
    }

    private async Task<IReadOnlyList<string>> TripIdsOf(string accountId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        string? cursor = null;
        do
        {
            var page = await history.Of(accountId, 100, cursor, cancellationToken);
            ids.AddRange(page.Items.Select(i => i.TripId));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return ids;
    }
}
