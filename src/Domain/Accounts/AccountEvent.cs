using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

public abstract record AccountEvent : IPersisted
{
    private AccountEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("account.registered.v1")]
        public sealed record Registered(
            [property: DataSubject] string AccountId,
            [property: Personal(DataCategory.Identity)] string Name,
            [property: Personal(DataCategory.Contact)] string Phone,
            [property: Personal(DataCategory.Email)] string? Email,
            CountryCode Country,
            Language Language,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.device-signed-in.v1")]
        public sealed record DeviceSignedIn(
            DeviceInfo Device,
            [property: Personal(DataCategory.Device)] string? Ip,
            [property: NotPersonal("a yes/no flag: whether the device was seen before, no device data")] bool NewDevice,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.session-started.v1")]
        public sealed record SessionStarted(
            string FamilyId,
            [property: NotPersonal("hash of a random token")] string TokenHash,
            DateTimeOffset ExpiresAt,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.session-rotated.v1")]
        public sealed record SessionRotated(
            string FamilyId,
            [property: NotPersonal("hash of a random token")] string TokenHash,
            DateTimeOffset ExpiresAt,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.session-revoked.v1")]
        public sealed record SessionRevoked(
            string FamilyId,
            [property: NotPersonal("a reason code chosen by the system")] string Reason,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.rectified.v1")]
        public sealed record Rectified(
            [property: Personal(DataCategory.Identity)] string? Name,
            [property: Personal(DataCategory.Email)] string? Email,
            Language? Language,
            DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.partner-profile-requested.v1")]
        public sealed record PartnerProfileRequested(
            PartnerKind Kind, Vehicle? Vehicle, IReadOnlyList<string> Services, DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.partner-profile-approved.v1")]
        public sealed record PartnerProfileApproved(DateTimeOffset At) : AccountEvent;

        [PersistedAs("account.role-granted.v1")]
        public sealed record RoleGranted(Role Role, string GrantedBy, DateTimeOffset At) : AccountEvent;

        /// <summary>Deleted at the person's request (<paramref name="RequestId"/>, R20).</summary>
        [PersistedAs("account.closed.v1")]
        public sealed record Closed(string RequestId, DateTimeOffset At) : AccountEvent;
    }
}
