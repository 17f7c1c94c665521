using Upjunoo.Application.Privacy.Retention;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Retention;

/// <summary>
/// Order data (R18): ended trips older than their country's prescription period are destroyed — their events deleted
/// from the journal and their read-model rows removed — unless the trip (a case), its rider or its driver is under a
/// legal hold.
/// </summary>
public sealed class OrderDataRetention(ReadModelDatabase database, RetentionSettings settings, TripGateway trips)
{
    public async Task<int> Purge(RetentionPass pass, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        var oldest = pass.Now.AddYears(-settings.OrderDataYears.Values.DefaultIfEmpty(0).Min()).ToUnixTimeMilliseconds();
        var expired = new List<string>();
        await using (var command = ReadModelDatabase.Command(connection, """
            SELECT h.trip_id, h.rider_id, h.driver_id, h.updated_at, f.country
            FROM trip_history h LEFT JOIN trip_facts f ON f.trip_id = h.trip_id
            WHERE h.status IN ('completed', 'cancelled', 'noDriverFound') AND h.updated_at < @oldest
            """, ("@oldest", oldest)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (tripId, rider, driver) = (reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
                var cutoff = pass.Now.AddYears(-settings.YearsFor(reader.IsDBNull(4) ? null : reader.GetString(4)));
                var held = pass.Held.Contains(tripId) || pass.Held.Contains(rider) || (driver is not null && pass.Held.Contains(driver));
                if (!held && DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(3)) < cutoff)
                {
                    expired.Add(tripId);
                }
            }
        }

        foreach (var tripId in expired)
        {
            // The trip's own events go from the journal (every copy of its data), then its read-model rows.
            await trips.Send(tripId, new Domain.Trips.TripCommand.Purge(Domain.Trips.Party.System, pass.Now), cancellationToken);
            await ReadModelDatabase.Execute(connection, "DELETE FROM trip_history WHERE trip_id = @id", cancellationToken, ("@id", tripId));
            await ReadModelDatabase.Execute(connection, "DELETE FROM trip_facts WHERE trip_id = @id", cancellationToken, ("@id", tripId));
        }

        return expired.Count;
    }
}
