using Upjunoo.Application.Privacy;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>The staff access log (R22): who looked at whose data, when. Ids and times only; append-only.</summary>
public sealed class SqlAccessLog(SafetyDatabase database) : IAccessLog
{
    public Task Record(AccessRecord record, CancellationToken cancellationToken) =>
        database.Execute("""
            INSERT INTO staff_access_log (entry_id, at, actor_id, actor_role, subject_id, resource, resource_id, action)
            VALUES (@entry, @at, @actor, @role, @subject, @resource, @resourceId, @action)
            """, cancellationToken,
            ("@entry", Guid.CreateVersion7().ToString("N")), ("@at", SafetyDatabase.Ms(record.At)), ("@actor", record.ActorId), ("@role", record.ActorRole),
            ("@subject", record.SubjectId), ("@resource", record.Resource), ("@resourceId", record.ResourceId), ("@action", record.Action));

    public async Task<IReadOnlyList<AccessRecord>> Of(string? resourceId, int limit, CancellationToken cancellationToken) =>
        await database.Query(
            "SELECT at, actor_id, actor_role, subject_id, resource, resource_id, action FROM staff_access_log "
            + (resourceId is null ? "" : "WHERE resource_id = @resourceId ") + "ORDER BY at DESC, entry_id DESC LIMIT @limit",
            r => new AccessRecord(SafetyDatabase.At(r.GetInt64(0)), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6)),
            cancellationToken, ("@resourceId", resourceId), ("@limit", limit));
}
