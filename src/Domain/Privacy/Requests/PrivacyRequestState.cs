using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Privacy.Requests;

[PersistedAs("privacy-request.state.v1")]
public sealed record PrivacyRequestState(
    string? RequestId,
    [property: DataSubject] string? RequesterId,
    PrivacyRequestType Type,
    [property: Personal(DataCategory.Forms)] string? Details,
    PrivacyRequestStatus Status,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? DueAt,
    bool ArchiveReady,
    [property: Personal(DataCategory.Forms)] string? Resolution,
    IReadOnlyList<PrivacyRequestStep> History) : IPersisted
{
    public static PrivacyRequestState Empty { get; } =
        new(null, null, PrivacyRequestType.Access, null, PrivacyRequestStatus.Received, null, null, false, null, []);

    public bool Exists => RequestId is not null;

    public bool IsOpen => Status is PrivacyRequestStatus.Received or PrivacyRequestStatus.InProgress;
}
