using Upjunoo.Application.Common;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Application.Orders;

/// <summary>The order history read model, projected from the journal and rebuildable from it.</summary>
public interface IOrderHistory
{
    Task<Paged<OrderHistoryItem>> Of(string accountId, int limit, string? cursor, CancellationToken cancellationToken);
}

/// <summary>One order in a person's history; <see cref="Role"/> is customer, store or courier.</summary>
public sealed record OrderHistoryItem(
    string OrderId, string Role, string Status, string StoreId, string StoreName, Money Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
