using Akka.Persistence.Journal;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>Tags every persisted event with its entity kind so read models can follow it by tag.</summary>
public sealed class EntityTagger : IWriteEventAdapter
{
    public string Manifest(object evt) => string.Empty;

    public object ToJournal(object evt) =>
        SubjectScoped.Unwrap(evt) is IPersisted payload && PersistedTypes.ByType.ContainsKey(payload.GetType())
            ? new Tagged(evt, [PersistedTypes.TagOf(payload.GetType())])
            : evt;
}
