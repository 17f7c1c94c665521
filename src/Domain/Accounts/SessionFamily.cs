using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

/// <summary>A chain of rotating refresh tokens. Presenting any token but the current one revokes the chain.</summary>
public sealed record SessionFamily(
    string FamilyId,
    [property: NotPersonal("hash of a random token")] string CurrentHash,
    DateTimeOffset ExpiresAt,
    bool Revoked);
