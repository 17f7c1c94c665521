using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Domain.Accounts;

public abstract record AccountCommand(DateTimeOffset Now)
{
    public sealed record Register(
        string AccountId, string Name, string Phone, string? Email, CountryCode Country, Language Language, DateTimeOffset Now)
        : AccountCommand(Now);

    /// <summary>A successful sign-in from a device; <paramref name="BootstrapRoles"/> are granted by configuration (admins).</summary>
    public sealed record RecordSignIn(DeviceInfo Device, string? Ip, IReadOnlyList<Role> BootstrapRoles, DateTimeOffset Now)
        : AccountCommand(Now);

    public sealed record StartSession(string FamilyId, string TokenHash, DateTimeOffset ExpiresAt, DateTimeOffset Now)
        : AccountCommand(Now);

    public sealed record RotateSession(
        string FamilyId, string PresentedHash, string NewHash, DateTimeOffset NewExpiresAt, DateTimeOffset Now)
        : AccountCommand(Now);

    public sealed record Rectify(string? Name, string? Email, Language? Language, DateTimeOffset Now) : AccountCommand(Now);

    public sealed record RequestDriverProfile(
        PartnerKind Kind, Vehicle? Vehicle, IReadOnlyList<string> Services, bool AutoApprove, DateTimeOffset Now)
        : AccountCommand(Now);

    public sealed record RequestStoreProfile(bool AutoApprove, DateTimeOffset Now) : AccountCommand(Now);

    public sealed record GrantRole(Role Role, string GrantedBy, DateTimeOffset Now) : AccountCommand(Now);

    /// <summary>Account deletion (R20): the account can no longer sign in and its sessions end.</summary>
    public sealed record Close(string RequestId, DateTimeOffset Now) : AccountCommand(Now);
}
