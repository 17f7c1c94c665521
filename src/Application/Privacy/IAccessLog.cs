namespace Upjunoo.Application.Privacy;

/// <summary>Every access by staff to a person's data, and every access to a call recording, is recorded here (R22).</summary>
public interface IAccessLog
{
    Task Record(AccessRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<AccessRecord>> Of(string? resourceId, int limit, CancellationToken cancellationToken);
}

/// <summary>Who (<paramref name="ActorId"/> acting as <paramref name="ActorRole"/>) looked at what, whose, when.</summary>
public sealed record AccessRecord(
    DateTimeOffset At, string ActorId, string ActorRole, string? SubjectId, string Resource, string ResourceId, string Action);
