using System.Collections.Concurrent;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>
/// The public card of each partner (first name, vehicle without plate, rating, services), cached for a minute so a
/// location batch does not cost an account lookup.
/// </summary>
public sealed class DriverCards(AccountGateway accounts, DriverGateway drivers, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (DriverCard Card, DateTimeOffset At)> _cache = new();

    public async Task<DriverCard?> For(string driverId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(driverId, out var cached) && now - cached.At < Lifetime)
        {
            return cached.Card;
        }

        var account = await accounts.Get(driverId, cancellationToken);
        if (account.Partner is not { Approved: true } partner)
        {
            return null;
        }

        var driver = await drivers.Get(driverId, cancellationToken);
        var card = DriverCard.From(account.FirstName, partner, driver.AverageRating ?? Domain.Dispatch.DispatchCandidate.NeutralRating);
        _cache[driverId] = (card, now);
        return card;
    }

    public void Forget(string driverId) => _cache.TryRemove(driverId, out _);
}
