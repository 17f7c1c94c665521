using Akka.Actor;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Follows the journal by tag "trip" and keeps <c>trip_history</c> up to date.</summary>
public sealed class TripHistoryProjection(ReadModelDatabase database) : TagProjection(Name, "trip", database, (connection, envelope) =>
    envelope.Event is TripEvent e && envelope.PersistenceId.StartsWith("trip-", StringComparison.Ordinal)
        ? TripHistoryWriter.Apply(connection, envelope.PersistenceId["trip-".Length..], e, CancellationToken.None)
        : Task.CompletedTask)
{
    public const string Name = "trip-history";

    public static Props Props(ReadModelDatabase database) => Akka.Actor.Props.Create(() => new TripHistoryProjection(database));
}
