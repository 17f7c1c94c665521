using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Infrastructure.ReadModels;
using static Upjunoo.Infrastructure.Privacy.Store.PrivacyDatabase;

namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>
/// The staff access log seen by subject (for the person's access copy). The same table as the support access log
/// (<c>Safety/SqlAccessLog</c>), which reads it by resource: one log of every staff read (R22).
/// </summary>
public sealed class SqlStaffAccessLog(PrivacyDatabase database) : IStaffAccessLog
{
    public async Task Record(StaffAccess access, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await ReadModelDatabase.Execute(connection, """
            INSERT INTO staff_access_log (entry_id, at, actor_id, actor_role, subject_id, resource, resource_id, action)
            VALUES (@id, @at, @staff, @roles, @subject, @resource, @resource, 'read')
            """, cancellationToken,
            ("@id", Guid.CreateVersion7().ToString("N")), ("@staff", access.StaffId), ("@roles", access.StaffRoles), ("@subject", access.SubjectId),
            ("@resource", access.Resource), ("@at", Ms(access.At)));
    }

    public async Task<IReadOnlyList<StaffAccess>> Of(string subjectId, CancellationToken cancellationToken)
    {
        await using var connection = await database.Open(cancellationToken);
        await using var command = ReadModelDatabase.Command(connection,
            "SELECT actor_id, actor_role, subject_id, resource, at FROM staff_access_log WHERE subject_id = @subject ORDER BY at DESC",
            ("@subject", subjectId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<StaffAccess>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new StaffAccess(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), At(reader.GetInt64(4))));
        }

        return list;
    }
}
