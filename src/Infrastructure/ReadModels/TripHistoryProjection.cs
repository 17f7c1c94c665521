using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>
/// Follows the journal by tag "trip" and keeps <c>trip_history</c> up to date, storing its offset with each event.
/// Run once per cluster (a singleton). Rebuild: delete the rows and the offset; the projection replays from zero.
/// </summary>
public sealed class TripHistoryProjection : ReceiveActor
{
    public const string Name = "trip-history";
    private readonly ReadModelDatabase _database;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private UniqueKillSwitch? _killSwitch;

    public TripHistoryProjection(ReadModelDatabase database)
    {
        _database = database;
        Receive<Start>(_ => Run());
    }

    public static Props Props(ReadModelDatabase database) => Akka.Actor.Props.Create(() => new TripHistoryProjection(database));

    protected override void PreStart() => Self.Tell(Start.Instance);

    protected override void PostStop() => _killSwitch?.Shutdown();

    private void Run()
    {
        var journal = PersistenceQuery.Get(Context.System).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);
        var database = _database;
        _killSwitch = RestartSource.OnFailuresWithBackoff(
                () => Source.FromTask(LoadOffsetOf(database))
                    .ConcatMany(offset => journal.EventsByTag("trip", Offset.Sequence(offset)))
                    .SelectAsync(1, async envelope =>
                    {
                        await Write(database, envelope);
                        return NotUsed.Instance;
                    }),
                RestartSettings.Create(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0.2))
            .ViaMaterialized(KillSwitches.Single<NotUsed>(), Keep.Right)
            .To(Sink.Ignore<NotUsed>())
            .Run(Context.Materializer());
        _log.Info("Trip history projection started");
    }

    private static async Task<long> LoadOffsetOf(ReadModelDatabase database)
    {
        await using var connection = await database.Open(CancellationToken.None);
        await using var command = ReadModelDatabase.Command(connection, "SELECT ordering FROM projection_offsets WHERE name = @name", ("@name", Name));
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L;
    }

    private static async Task Write(ReadModelDatabase database, EventEnvelope envelope)
    {
        await using var connection = await database.Open(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        if (envelope.Event is TripEvent e && envelope.PersistenceId.StartsWith("trip-", StringComparison.Ordinal))
        {
            await TripHistoryWriter.Apply(connection, envelope.PersistenceId["trip-".Length..], e, CancellationToken.None);
        }

        await ReadModelDatabase.Execute(connection, """
            INSERT INTO projection_offsets (name, ordering) VALUES (@name, @ordering)
            ON CONFLICT (name) DO UPDATE SET ordering = excluded.ordering
            """, CancellationToken.None, ("@name", Name), ("@ordering", ((Sequence)envelope.Offset).Value));
        await transaction.CommitAsync();
    }

    private sealed record Start
    {
        public static Start Instance { get; } = new();
    }
}
