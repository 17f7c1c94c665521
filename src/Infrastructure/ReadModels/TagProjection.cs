using System.Data.Common;
using Akka;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence.Query;
using Akka.Persistence.Sql.Query;
using Akka.Streams;
using Akka.Streams.Dsl;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>
/// Follows the journal by one tag and applies each event to read-model tables, storing its offset in the same
/// transaction (so a replay after a crash rewrites the same rows). Run once per cluster (a singleton). Rebuild: delete
/// the rows and the offset; the projection replays from zero.
/// </summary>
public class TagProjection : ReceiveActor
{
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly string _name;
    private readonly string _tag;
    private readonly IReadModelConnections _database;
    private UniqueKillSwitch? _killSwitch;

    /// <param name="apply">Writes one event (with its persistence id) to the tables; must be idempotent and touch no actor state.</param>
    public TagProjection(string name, string tag, IReadModelConnections database, Func<DbConnection, EventEnvelope, Task> apply)
    {
        _name = name;
        _tag = tag;
        _database = database;
        Apply = apply;
        Receive<Start>(_ => Run());
    }

    private Func<DbConnection, EventEnvelope, Task> Apply { get; }

    /// <summary>A projection that needs no class of its own: the tables are written by <paramref name="apply"/>.</summary>
    public static Props Props(string name, string tag, IReadModelConnections database, Func<DbConnection, EventEnvelope, Task> apply) =>
        Akka.Actor.Props.Create(() => new TagProjection(name, tag, database, apply));

    protected override void PreStart() => Self.Tell(Start.Instance);

    protected override void PostStop() => _killSwitch?.Shutdown();

    private void Run()
    {
        var journal = PersistenceQuery.Get(Context.System).ReadJournalFor<SqlReadJournal>(SqlReadJournal.Identifier);
        var (database, name, tag, apply) = (_database, _name, _tag, Apply);
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

    private static async Task<long> LoadOffset(IReadModelConnections database, string name)
    {
        await using var connection = await database.Open(CancellationToken.None);
        await using var command = ReadModelDatabase.Command(connection, "SELECT ordering FROM projection_offsets WHERE name = @name", ("@name", name));
        return await command.ExecuteScalarAsync() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : 0L;
    }

    private static async Task Write(IReadModelConnections database, string name, Func<DbConnection, EventEnvelope, Task> apply, EventEnvelope envelope)
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
