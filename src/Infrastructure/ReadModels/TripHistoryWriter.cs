using System.Data.Common;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Applies one trip event to its history row. Idempotent: replaying an event writes the same row.</summary>
public static class TripHistoryWriter
{
    public static Task Apply(DbConnection connection, string tripId, TripEvent e, CancellationToken cancellationToken) => e switch
    {
        Requested r => Request(connection, tripId, r, cancellationToken),
        DriverOffered o => Status(connection, tripId, "dispatching", o.At, cancellationToken, onlyFrom: "requested"),
        DriverAssigned a => ReadModelDatabase.Execute(connection,
            "UPDATE trip_history SET driver_id = @driver, status = 'driverAssigned', updated_at = @at WHERE trip_id = @id",
            cancellationToken, ("@id", tripId), ("@driver", a.DriverId), ("@at", a.At.ToUnixTimeMilliseconds())),
        DriverArrived a => Status(connection, tripId, "driverArrived", a.At, cancellationToken),
        Started s => Status(connection, tripId, "inProgress", s.At, cancellationToken),
        Completed c => ReadModelDatabase.Execute(connection,
            "UPDATE trip_history SET status = 'completed', fare_amount = @amount, fare_currency = @currency, updated_at = @at WHERE trip_id = @id",
            cancellationToken, ("@id", tripId), ("@amount", c.Fare.Total.Amount), ("@currency", c.Fare.Total.Currency), ("@at", c.At.ToUnixTimeMilliseconds())),
        Cancelled c => Status(connection, tripId, "cancelled", c.At, cancellationToken),
        NoDriverFound n => Status(connection, tripId, "noDriverFound", n.At, cancellationToken),
        _ => Task.CompletedTask,
    };

    private static async Task Request(DbConnection connection, string tripId, Requested r, CancellationToken cancellationToken)
    {
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO trip_history (trip_id, rider_id, driver_id, status, service, fare_amount, fare_currency, requested_at, updated_at)
            VALUES (@id, @rider, NULL, 'requested', @service, @amount, @currency, @at, @at)
            ON CONFLICT (trip_id) DO NOTHING
            """, cancellationToken,
            ("@id", tripId), ("@rider", r.RiderId), ("@service", Camel(r.Service.ToString())),
            ("@amount", r.FareEstimate.Amount), ("@currency", r.FareEstimate.Currency), ("@at", r.At.ToUnixTimeMilliseconds()));

        // The country (for the retention period, R18) and a coarse pickup cell of about 5 km (for anonymous aggregates,
        // R16) — never the exact position.
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO trip_facts (trip_id, country, pickup_cell) VALUES (@id, @country, @cell)
            ON CONFLICT (trip_id) DO NOTHING
            """, cancellationToken,
            ("@id", tripId), ("@country", r.Country.ToString()),
            ("@cell", r.Pickup.Position.IsValid ? Domain.Location.Geohash.Encode(r.Pickup.Position, 5) : null));
    }

    private static Task<int> Status(DbConnection connection, string tripId, string status, DateTimeOffset at, CancellationToken cancellationToken, string? onlyFrom = null) =>
        ReadModelDatabase.Execute(connection,
            "UPDATE trip_history SET status = @status, updated_at = @at WHERE trip_id = @id" + (onlyFrom is null ? "" : " AND status = @from"),
            cancellationToken, ("@id", tripId), ("@status", status), ("@at", at.ToUnixTimeMilliseconds()), ("@from", onlyFrom));

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
