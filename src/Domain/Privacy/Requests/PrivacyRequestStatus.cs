namespace Upjunoo.Domain.Privacy.Requests;

public enum PrivacyRequestStatus
{
    Received,
    InProgress,
    Completed,
    Rejected,
}
