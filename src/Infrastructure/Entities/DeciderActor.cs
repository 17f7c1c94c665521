using Akka.Actor;
using Akka.Event;
using Akka.Persistence;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>
/// The thin shell around a decider: recovers by <c>Evolve</c>; on a command runs <c>Decide</c>, persists the events,
/// evolves, and replies once — inside the persist callback, so a reply always means "it is in the journal".
/// When the entity names a data subject (<paramref name="subjectOf"/>), what it persists is wrapped in
/// <see cref="SubjectScoped"/> so personal fields without a subject of their own are encrypted with that person's key.
/// </summary>
public class DeciderActor<TDecider, TState, TCommand, TEvent> : ReceivePersistentActor
    where TDecider : IDecider<TState, TCommand, TEvent>
    where TEvent : notnull
{
    private readonly int _snapshotEvery;
    private readonly ILoggingAdapter _log = Context.GetLogger();
    private readonly Func<string, TState, string?>? _subjectOf;

    public DeciderActor(string entityKind, string entityId, int snapshotEvery = 100, Func<string, TState, string?>? subjectOf = null)
    {
        PersistenceId = $"{entityKind}-{entityId}";
        EntityId = entityId;
        _snapshotEvery = snapshotEvery;
        _subjectOf = subjectOf;

        // Journals that keep objects (in memory) give back the SubjectScoped wrapper; serializing ones give the payload.
        Recover<SnapshotOffer>(offer => State = (TState)SubjectScoped.Unwrap(offer.Snapshot));
        Recover<TEvent>(e => State = TDecider.Evolve(State, e));
        Recover<SubjectScoped>(s => State = TDecider.Evolve(State, (TEvent)s.Payload));
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
        PersistAll(decision.Events.Select(e => Scoped(e)), scoped =>
        {
            var e = (TEvent)SubjectScoped.Unwrap(scoped);
            State = TDecider.Evolve(State, e);
            persisted++;
            if (persisted < decision.Events.Count)
            {
                return;
            }

            replyTo.Tell(new EntityReply<TState, TEvent>(State, decision.Events, null));
            AfterPersist(decision.Events);
            if (LastSequenceNr % _snapshotEvery < decision.Events.Count && State is not null)
            {
                SaveSnapshot(Scoped(State));
            }
        });
    }

    private object Scoped(object value) =>
        _subjectOf?.Invoke(EntityId, State) is { Length: > 0 } subject ? new SubjectScoped(subject, value) : value;

    /// <summary>A hook for entities that react to their own events (timers, notifications to other actors).</summary>
    protected virtual void AfterPersist(IReadOnlyList<TEvent> events)
    {
    }
}
