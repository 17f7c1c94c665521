using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

[PersistedAs("account.state.v1")]
public sealed record AccountState(
    [property: DataSubject] string? AccountId,
    [property: Personal(DataCategory.Identity)] string? Name,
    [property: Personal(DataCategory.Contact)] string? Phone,
    [property: Personal(DataCategory.Email)] string? Email,
    CountryCode Country,
    Language Language,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<KnownDevice> Devices,
    IReadOnlyList<SessionFamily> Sessions,
    PartnerProfile? Partner,
    DateTimeOffset? RegisteredAt,
    DateTimeOffset? ClosedAt = null) : IPersisted
{
    public static AccountState Unregistered { get; } =
        new(null, null, null, null, CountryCode.CA, Language.En, [], [], [], null, null);

    public bool IsRegistered => AccountId is not null;

    public bool IsClosed => ClosedAt is not null;

    public bool Has(Role role) => Roles.Contains(role);

    /// <summary>What others may be shown of this person: the first word of the name (R13).</summary>
    public string FirstName => FirstNames.Of(Name);
}
