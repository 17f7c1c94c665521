using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Safety;

public abstract record SafetyEvent : IPersisted
{
    private SafetyEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("safety.contacts-set.v1")]
        public sealed record ContactsSet([property: DataSubject] string AccountId, IReadOnlyList<EmergencyContact> Contacts, DateTimeOffset At) : SafetyEvent;

        [PersistedAs("safety.sos-raised.v1")]
        public sealed record SosRaised([property: DataSubject] string AccountId, SosAlert Alert) : SafetyEvent;
    }
}
