using System.Diagnostics;
using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Metrics;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>
/// The thin shell around a decider: recovers by <c>Evolve</c>; on a command runs <c>Decide</c>, persists the events,
/// evolves, and replies once — inside the persist callback, so a reply always means "it is in the journal".
/// Subclasses react to their own events (<see cref="AfterPersist"/>) and to recovery (<see cref="AfterRecovery"/>).
/// When the entity names a data subject (<c>subjectOf</c>), what it persists is wrapped in
/// <see cref="SubjectScoped"/> so personal fields without a subject of their own are encrypted with that person's key.
/// </summary>
public class DeciderActor<TDecider, TState, TCommand, TEvent> : ReceivePersistentActor
    where TDecider : IDecider<TState, TCommand, TEvent>
    where TEvent : notnull
{
    private readonly int _snapshotEvery;
    private readonly Func<string, TState, string?>? _subjectOf;
    private readonly string _entityKind;
    private readonly UpjunooMetrics? _metrics;

    /// <param name="metrics">Where journal write latency is recorded; null in actor unit tests.</param>
    public DeciderActor(
        string entityKind, string entityId, int snapshotEvery = 100, Func<string, TState, string?>? subjectOf = null, UpjunooMetrics? metrics = null)
    {
        PersistenceId = $"{entityKind}-{entityId}";
        _entityKind = entityKind;
        _metrics = metrics;
        EntityId = entityId;
        _snapshotEvery = snapshotEvery;
        _subjectOf = subjectOf;

        // Journals that keep objects (in memory) give back the SubjectScoped wrapper; serializing ones give the payload.
        Recover<SnapshotOffer>(offer => State = (TState)SubjectScoped.Unwrap(offer.Snapshot));
        Recover<TEvent>(e => State = TDecider.Evolve(State, e));
        Recover<SubjectScoped>(s => State = TDecider.Evolve(State, (TEvent)s.Payload));
        Recover<RecoveryCompleted>(_ => AfterRecovery());
        Command<Execute<TCommand>>(execute => Run(execute.Command, Sender));
        Command<GetState>(_ => Sender.Tell(State));
        Command<Forget>(_ => Context.Parent.Tell(new Akka.Cluster.Sharding.Passivate(PoisonPill.Instance)));
        Command<SaveSnapshotSuccess>(s => DeleteSnapshots(new SnapshotSelectionCriteria(s.Metadata.SequenceNr - 1)));
        Command<SaveSnapshotFailure>(f => Log.Warning(f.Cause, "Snapshot of {0} failed", PersistenceId));
        Command<DeleteSnapshotsSuccess>(_ => { });
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(f => Log.Error(f.Cause, "Deleting the journal of {0} after its purge failed", PersistenceId));
        Command<DeleteSnapshotsFailure>(f => Log.Warning(f.Cause, "Deleting old snapshots of {0} failed", PersistenceId));
    }

    public override string PersistenceId { get; }

    protected string EntityId { get; }

    protected TState State { get; private set; } = TDecider.Initial;

    /// <summary>Decides, persists, evolves; answers <paramref name="replyTo"/> (if any) once the events are stored.</summary>
    protected Decision<TEvent> Run(TCommand command, IActorRef? replyTo)
    {
        var decision = TDecider.Decide(command, State);
        if (decision.Rejection is { } rejection)
        {
            replyTo?.Tell(new EntityReply<TState, TEvent>(State, [], rejection));
            if (replyTo is null)
            {
                Log.Debug("{0} refused its own {1}: {2}", PersistenceId, command, rejection.Code);
            }

            return decision;
        }

        if (decision.Events.Count == 0)
        {
            replyTo?.Tell(new EntityReply<TState, TEvent>(State, [], null));
            return decision;
        }

        var persisted = 0;
        var started = Stopwatch.GetTimestamp();
        PersistAll(decision.Events.Select(e => Scoped(e)), scoped =>
        {
            State = TDecider.Evolve(State, (TEvent)SubjectScoped.Unwrap(scoped));
            persisted++;
            if (persisted < decision.Events.Count)
            {
                return;
            }

            _metrics?.JournalWrite(_entityKind, Stopwatch.GetElapsedTime(started));
            replyTo?.Tell(new EntityReply<TState, TEvent>(State, decision.Events, null));
            if (LastSequenceNr % _snapshotEvery < decision.Events.Count && State is not null)
            {
                SaveSnapshot(Scoped(State));
            }

            AfterPersist(decision.Events);
            if (decision.Events.Any(e => e is IPurgesJournal) && LastSequenceNr > 1)
            {
                // Retention ended (R18): delete every earlier event and all snapshots; the purge event stays (it holds
                // no personal data) so the entity recovers as purged.
                DeleteMessages(LastSequenceNr - 1);
                DeleteSnapshots(new SnapshotSelectionCriteria(long.MaxValue));
            }
        });
        return decision;
    }

    private object Scoped(object value) =>
        _subjectOf?.Invoke(EntityId, State) is { Length: > 0 } subject ? new SubjectScoped(subject, value) : value;

    /// <summary>Called once the events of a command are stored and applied.</summary>
    protected virtual void AfterPersist(IReadOnlyList<TEvent> events)
    {
    }

    /// <summary>Called when the state has been rebuilt from the journal (also for a brand-new entity).</summary>
    protected virtual void AfterRecovery()
    {
    }
}
