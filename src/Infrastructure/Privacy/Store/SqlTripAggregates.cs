using Upjunoo.Application.Privacy.Aggregates;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>Counts trips by coarse pickup cell (<c>trip_facts</c>, never the exact point) and UTC day; small cells are suppressed.</summary>
public sealed class SqlTripAggregates(ReadModelDatabase database) : ITripAggregates
{
    public async Task<IReadOnlyList<TripCellCount>> Count(DateTimeOffset from, DateTimeOffset to, int minimumPerCell, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection, """
            SELECT f.pickup_cell, h.requested_at FROM trip_history h JOIN trip_facts f ON f.trip_id = h.trip_id
            WHERE h.requested_at >= @from AND h.requested_at < @to AND f.pickup_cell IS NOT NULL
            """, ("@from", from.ToUnixTimeMilliseconds()), ("@to", to.ToUnixTimeMilliseconds()));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<(string Cell, DateOnly Day), int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)).UtcDateTime));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return [.. counts.Where(c => c.Value >= minimumPerCell).OrderBy(c => c.Key.Day).ThenBy(c => c.Key.Cell, StringComparer.Ordinal)
            .Select(c => new TripCellCount(c.Key.Cell, c.Key.Day, c.Value))];
    }
}
