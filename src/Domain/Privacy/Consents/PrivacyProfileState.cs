using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Privacy.Consents;

/// <summary>A person's consents and whether they asked to restrict processing. No answer yet means no consent.</summary>
[PersistedAs("privacy-profile.state.v1")]
public sealed record PrivacyProfileState(
    [property: DataSubject] string? AccountId,
    IReadOnlyList<ConsentRecord> Consents,
    DateTimeOffset? RestrictedSince) : IPersisted
{
    public static PrivacyProfileState Empty { get; } = new(null, [], null);

    public ConsentRecord? Of(ConsentPurpose purpose) => Consents.FirstOrDefault(c => c.Purpose == purpose);

    public bool Allows(ConsentPurpose purpose) => Of(purpose) is { Granted: true } && RestrictedSince is null;
}
