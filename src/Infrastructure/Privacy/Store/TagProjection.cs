using System.Data.Common;
using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Upjunoo.Infrastructure.ReadModels;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>
/// Follows the journal by one tag and applies each event to privacy tables, storing its offset in the same
/// transaction (as <see cref="TripHistoryProjection"/> does). One per cluster (a singleton); rebuild by deleting the
/// rows and the offset.
/// </summary>
public sealed class TagProjection : ReceiveActor
{
    private readonly string _name;
    private readonly string _tag;
    private readonly PrivacyDatabase _database;
    private readonly Func<DbConnection, EventEnvelope, Task> _apply;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private UniqueKillSwitch? _killSwitch;

    public TagProjection(string name, string tag, PrivacyDatabase database, Func<DbConnection, EventEnvelope, Task> apply)
    {
        (_name, _tag, _database, _apply) = (name, tag, database, apply);
        Receive<Start>(_ => Run());
    }

    public static Props Props(string name, string tag, PrivacyDatabase database, Func<DbConnection, EventEnvelope, Task> apply) =>
        Akka.Actor.Props.Create(() => new TagProjection(name, tag, database, apply));

    protected override void PreStart() => Self.Tell(Start.Instance);

    protected override void PostStop() => _killSwitch?.Shutdown();

    private void Run()
    {
        var journal = PersistenceQuery.Get(Context.System).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);
        var (name, tag, database, apply) = (_name, _tag, _database, _apply);
        _killSwitch = RestartSource.OnFailuresWithBackoff(
                () => Source.FromTask(LoadOffset(database, name))
                    .ConcatMany(offset => journal.EventsByTag(tag, Offset.Sequence(offset)))
                    .SelectAsync(1, async envelope =>
                    {
                        await Write(database, name, apply, envelope);
                        return NotUsed.Instance;
                    }),
                RestartSettings.Create(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), 0.2))
            .ViaMaterialized(KillSwitches.Single<NotUsed>(), Keep.Right)
            .To(Sink.Ignore<NotUsed>())
            .Run(Context.Materializer());
        _log.Info("Projection {0} of tag {1} started", name, tag);
    }

    private static async Task<long> LoadOffset(PrivacyDatabase database, string name)
    {
        await using var connection = await database.Open(CancellationToken.None);
        await using var command = ReadModelDatabase.Command(connection, "SELECT ordering FROM projection_offsets WHERE name = @name", ("@name", name));
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L;
    }

    private static async Task Write(PrivacyDatabase database, string name, Func<DbConnection, EventEnvelope, Task> apply, EventEnvelope envelope)
    {
        await using var connection = await database.Open(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await apply(connection, envelope);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO projection_offsets (name, ordering) VALUES (@name, @ordering)
            ON CONFLICT (name) DO UPDATE SET ordering = excluded.ordering
            """, CancellationToken.None, ("@name", name), ("@ordering", ((Sequence)envelope.Offset).Value));
        await transaction.CommitAsync();
    }

    private sealed record Start
    {
        public static Start Instance { get; } = new();
    }
}
