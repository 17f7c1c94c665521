using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Accounts;

/// <summary>The caller's own profile (all of it: it is theirs).</summary>
public sealed record ProfileView(
    string Id, string Name, string Phone, string? Email, string Country, string Language,
    IReadOnlyList<string> Roles, PartnerView? Partner, DateTimeOffset? RegisteredAt)
{
    public static ProfileView Of(AccountState a) => new(
        a.AccountId!, a.Name!, a.Phone!, a.Email, a.Country.ToString(), a.Language.ToString().ToLowerInvariant(),
        [.. a.Roles.Select(RoleNames.Of)],
        a.Partner is { } p ? new PartnerView(p.Kind.ToString().ToLowerInvariant(), p.Vehicle, p.Services, p.Approved) : null,
        a.RegisteredAt);
}

public sealed record PartnerView(string Kind, Vehicle? Vehicle, IReadOnlyList<string> Services, bool Approved);

public sealed record DeviceView(string Id, string? Model, string? Os, string? AppVersion, string? LastIp, DateTimeOffset FirstSeen, DateTimeOffset LastSeen)
{
    public static DeviceView Of(KnownDevice d) =>
        new(d.Device.DeviceId, d.Device.Model, d.Device.Os, d.Device.AppVersion, d.LastIp, d.FirstSeen, d.LastSeen);
}
