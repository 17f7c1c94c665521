using System.Globalization;
using Upjunoo.Application.Common;
using Upjunoo.Application.Orders;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Reads <c>order_history</c>: a person's orders as customer, store owner or courier, newest first, paged by time.</summary>
public sealed class SqlOrderHistory(ReadModelDatabase database) : IOrderHistory
{
    public async Task<Paged<OrderHistoryItem>> Of(string accountId, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var before = cursor is null ? long.MaxValue : long.Parse(cursor, CultureInfo.InvariantCulture);
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, """
            SELECT order_id, customer_id, store_owner_id, status, store_id, store_name, total_amount, total_currency, placed_at, updated_at
            FROM order_history
            WHERE (customer_id = @account OR store_owner_id = @account OR courier_id = @account) AND placed_at < @before
            ORDER BY placed_at DESC
            LIMIT @limit
            """, ("@account", accountId), ("@before", before), ("@limit", limit + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<(OrderHistoryItem Item, long PlacedAt)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var placedAt = reader.GetInt64(8);
            var role = reader.GetString(1) == accountId ? "customer" : reader.GetString(2) == accountId ? "store" : "courier";
            items.Add((new OrderHistoryItem(
                reader.GetString(0), role, reader.GetString(3), reader.GetString(4), reader.GetString(5),
                new Money(reader.GetInt64(6), reader.GetString(7)),
                DateTimeOffset.FromUnixTimeMilliseconds(placedAt), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(9))), placedAt));
        }

        var page = items.Take(limit).ToList();
        var next = items.Count > limit ? page[^1].PlacedAt.ToString(CultureInfo.InvariantCulture) : null;
        return new Paged<OrderHistoryItem>([.. page.Select(i => i.Item)], next);
    }
}
