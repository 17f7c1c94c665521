using System.Globalization;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>
/// The accounts that were closed (deleted), read from the account directory and kept for a few seconds, so that a
/// closed account's still-valid access token is refused on every endpoint, not only on /me (R20).
/// </summary>
public sealed class ClosedAccounts(PrivacyDatabase database, TimeProvider clock)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(3);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile HashSet<string> _closed = [];
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    public async Task<bool> IsClosed(string accountId, CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _loadedAt > RefreshEvery)
        {
            await Refresh(cancellationToken);
        }

        return _closed.Contains(accountId);
    }

    private async Task Refresh(CancellationToken cancellationToken)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - _loadedAt <= RefreshEvery)
            {
                return;
            }

            await using var connection = await database.Open(cancellationToken);
            await using var command = ReadModelDatabase.Command(connection, "SELECT account_id FROM account_directory WHERE closed_at IS NOT NULL");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var closed = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                closed.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
            }

            _closed = closed;
            _loadedAt = clock.GetUtcNow();
        }
        finally
        {
            _refresh.Release();
        }
    }
}
