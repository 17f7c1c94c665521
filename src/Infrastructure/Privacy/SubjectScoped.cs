namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// A persisted value together with the data subject of the entity persisting it, for personal fields that name no
/// subject themselves (account events are all about the account, which they do not repeat). The entity persists this
/// wrapper; the serializer writes only the payload, under the payload's own manifest, so the journal, tags and
/// recovery see the plain domain type. Carrying the subject in the message, rather than in an ambient set by the
/// actor, is what makes it reach the journal's serializer, which runs later on another thread.
/// </summary>
public sealed record SubjectScoped(string SubjectId, object Payload)
{
    public static object Unwrap(object value) => value is SubjectScoped scoped ? scoped.Payload : value;
}
