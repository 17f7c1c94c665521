using System.Globalization;
using Upjunoo.Application.Common;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Reads the <c>trip_history</c> read model: a person's trips as rider or driver, newest first, paged by time.</summary>
public sealed class SqlTripHistory(ReadModelDatabase database) : ITripHistory
{
    public async Task<Paged<TripHistoryItem>> Of(string accountId, int limit, string? cursor, CancellationToken cancellationToken)
    {
        var before = cursor is null ? long.MaxValue : long.Parse(cursor, CultureInfo.InvariantCulture);
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, """
            SELECT trip_id, rider_id, status, service, fare_amount, fare_currency, requested_at, updated_at
            FROM trip_history
            WHERE (rider_id = @account OR driver_id = @account) AND requested_at < @before
            ORDER BY requested_at DESC
            LIMIT @limit
            """, ("@account", accountId), ("@before", before), ("@limit", limit + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<(TripHistoryItem Item, long RequestedAt)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var requestedAt = reader.GetInt64(6);
            Money? fare = reader.IsDBNull(4) ? null : new Money(reader.GetInt64(4), reader.GetString(5));
            items.Add((new TripHistoryItem(
                reader.GetString(0),
                reader.GetString(1) == accountId ? "rider" : "driver",
                reader.GetString(2),
                reader.GetString(3),
                fare,
                DateTimeOffset.FromUnixTimeMilliseconds(requestedAt),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))), requestedAt));
        }

        var page = items.Take(limit).ToList();
        var next = items.Count > limit ? page[^1].RequestedAt.ToString(CultureInfo.InvariantCulture) : null;
        return new Paged<TripHistoryItem>([.. page.Select(i => i.Item)], next);
    }
}
