namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>Every read of a person's data by staff (support, operator, DPO) (R22); the person sees it in their access copy.</summary>
public interface IStaffAccessLog
{
    Task Record(StaffAccess access, CancellationToken cancellationToken);

    Task<IReadOnlyList<StaffAccess>> Of(string subjectId, CancellationToken cancellationToken);
}

public sealed record StaffAccess(string StaffId, string StaffRoles, string SubjectId, string Resource, DateTimeOffset At);
