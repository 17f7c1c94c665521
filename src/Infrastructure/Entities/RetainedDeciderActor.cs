using Akka.Event;
using Akka.Persistence;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>
/// A decider entity with a retention period (R18): once it stores an <see cref="IPurgesJournal"/> event, it deletes
/// every earlier event and all its snapshots from the journal, so the purged data is gone from the database and not
/// only from the state. The purge event itself stays (it holds no personal data) and keeps the entity purged on recovery.
/// </summary>
public sealed class RetainedDeciderActor<TDecider, TState, TCommand, TEvent> : DeciderActor<TDecider, TState, TCommand, TEvent>
    where TDecider : IDecider<TState, TCommand, TEvent>
    where TEvent : notnull
{
    public RetainedDeciderActor(string entityKind, string entityId, Func<string, TState, string?>? subjectOf)
        : base(entityKind, entityId, 100, subjectOf)
    {
        Command<DeleteMessagesSuccess>(_ => { });
        Command<DeleteMessagesFailure>(f => Log.Error(f.Cause, "Deleting the journal of {0} after its purge failed", PersistenceId));
    }

    protected override void AfterPersist(IReadOnlyList<TEvent> events)
    {
        if (events.Any(e => e is IPurgesJournal) && LastSequenceNr > 1)
        {
            DeleteMessages(LastSequenceNr - 1);
            DeleteSnapshots(new SnapshotSelectionCriteria(long.MaxValue));
        }
    }
}
