using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Privacy.Requests;

/// <summary>Events of one rights request. Free text (details, notes, reasons) is the requester's personal data.</summary>
public abstract record PrivacyRequestEvent : IPersisted
{
    private PrivacyRequestEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("privacy-request.received.v1")]
        public sealed record Received(
            string RequestId,
            [property: DataSubject] string RequesterId,
            PrivacyRequestType Type,
            [property: Personal(DataCategory.Forms)] string? Details,
            DateTimeOffset DueAt,
            DateTimeOffset At) : PrivacyRequestEvent;

        [PersistedAs("privacy-request.started.v1")]
        public sealed record Started(string By, DateTimeOffset At) : PrivacyRequestEvent;

        [PersistedAs("privacy-request.completed.v1")]
        public sealed record Completed(
            string By, [property: Personal(DataCategory.Forms)] string? Note, bool ArchiveReady, DateTimeOffset At) : PrivacyRequestEvent;

        [PersistedAs("privacy-request.rejected.v1")]
        public sealed record Rejected(string By, [property: Personal(DataCategory.Forms)] string Reason, DateTimeOffset At) : PrivacyRequestEvent;
    }
}
