using Upjunoo.Application.Common;

namespace Upjunoo.Application.Trips;

/// <summary>The trip history read model, projected from the journal and rebuildable from it.</summary>
public interface ITripHistory
{
    Task<Paged<TripHistoryItem>> Of(string accountId, int limit, string? cursor, CancellationToken cancellationToken);
}

public sealed record TripHistoryItem(
    string TripId, string Role, string Status, string Service, Domain.Countries.Money? Fare, DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt);
