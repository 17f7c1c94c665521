using Akka.Persistence.Journal;
using Upjunoo.Domain.Common;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>Tags every persisted event with its entity kind so read models can follow it by tag.</summary>
public sealed class EntityTagger : IWriteEventAdapter
{
    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) =>
        evt is IPersisted && PersistedTypes.ByType.ContainsKey(evt.GetType())
            ? new Tagged(evt, [PersistedTypes.TagOf(evt.GetType())])
            : evt;
}
