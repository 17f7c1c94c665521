using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts.Login;

[PersistedAs("phone-login.state.v1")]
public sealed record PhoneLoginState(
    string? AccountId,
    OneTimeCode? Code,
    IReadOnlyList<DateTimeOffset> RecentSends) : IPersisted
{
    public static PhoneLoginState Empty { get; } = new(null, null, []);
}

/// <summary>The code in force: its keyed hash, expiry, wrong attempts so far and whether it is locked.</summary>
public sealed record OneTimeCode(
    [property: NotPersonal("keyed hash of a short-lived code")] string CodeHash,
    DateTimeOffset ExpiresAt,
    int FailedAttempts,
    bool Locked);
