using System.Diagnostics;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Metrics;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>
/// The thin shell around a decider: recovers by <c>Evolve</c>; on a command runs <c>Decide</c>, persists the events,
/// evolves, and replies once — inside the persist callback, so a reply always means "it is in the journal".
/// </summary>
public class DeciderActor<TDecider, TState, TCommand, TEvent> : ReceivePersistentActor
    where TDecider : IDecider<TState, TCommand, TEvent>
    where TEvent : notnull
{
    private readonly int _snapshotEvery;
    private readonly string _entityKind;
    private readonly UpjunooMetrics? _metrics;
    private readonly ILoggingAdapter _log = Context.GetLogger();

    public DeciderActor(string entityKind, string entityId, int snapshotEvery = 100)
        : this(entityKind, entityId, snapshotEvery, null)
    {
    }

    /// <param name="metrics">Where journal write latency is recorded; null in actor unit tests.</param>
    public DeciderActor(string entityKind, string entityId, int snapshotEvery, UpjunooMetrics? metrics)
    {
        PersistenceId = $"{entityKind}-{entityId}";
        _entityKind = entityKind;
        _metrics = metrics;
        EntityId = entityId;
        _snapshotEvery = snapshotEvery;

        Recover<SnapshotOffer>(offer => State = (TState)offer.Snapshot);
        Recover<TEvent>(e => State = TDecider.Evolve(State, e));
        Command<Execute<TCommand>>(Handle);
        Command<GetState>(_ => Sender.Tell(State));
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => _log.Warning(f.Cause, "Snapshot of {0} failed", PersistenceId));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteSnapshotsFailure>(f => _log.Warning(f.Cause, "Deleting old snapshots of {0} failed", PersistenceId));
    }

    public override string PersistenceId { get; }

    protected string EntityId { get; }

    protected TState State { get; private set; } = TDecider.Initial;

    private void Handle(Execute<TCommand> execute)
    {
        var decision = TDecider.Decide(execute.Command, State);
        var replyTo = Sender;
        if (decision.Rejection is { } rejection)
        {
            replyTo.Tell(new EntityReply<TState, TEvent>(State, [], rejection));
            return;
        }

        if (decision.Events.Count == 0)
        {
            replyTo.Tell(new EntityReply<TState, TEvent>(State, [], null));
            return;
        }

        var persisted = 0;
        var started = Stopwatch.GetTimestamp();
        PersistAll(decision.Events, e =>
        {
            State = TDecider.Evolve(State, e);
            persisted++;
            if (persisted < decision.Events.Count)
            {
                return;
            }

            _metrics?.JournalWrite(_entityKind, Stopwatch.GetElapsedTime(started));
            replyTo.Tell(new EntityReply<TState, TEvent>(State, decision.Events, null));
            AfterPersist(decision.Events);
            if (LastSequenceNr % _snapshotEvery < decision.Events.Count && State is not null)
            {
                SaveSnapshot(State);
            }
        });
    }

    /// <summary>A hook for entities that react to their own events (timers, notifications to other actors).</summary>
    protected virtual void AfterPersist(IReadOnlyList<TEvent> events)
    {
    }
}
