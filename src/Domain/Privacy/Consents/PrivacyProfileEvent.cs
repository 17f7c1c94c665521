using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Privacy.Consents;

public abstract record PrivacyProfileEvent : IPersisted
{
    private PrivacyProfileEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("privacy-profile.consent-recorded.v1")]
        public sealed record ConsentRecorded(
            [property: DataSubject] string AccountId,
            ConsentPurpose Purpose,
            bool Granted,
            [property: NotPersonal("where the answer was given: app, support (a code)")] string Channel,
            int PolicyVersion,
            DateTimeOffset At) : PrivacyProfileEvent;

        [PersistedAs("privacy-profile.restricted.v1")]
        public sealed record ProcessingRestricted([property: DataSubject] string AccountId, string RequestId, DateTimeOffset At) : PrivacyProfileEvent;

        [PersistedAs("privacy-profile.restriction-lifted.v1")]
        public sealed record RestrictionLifted(DateTimeOffset At) : PrivacyProfileEvent;
    }
}
