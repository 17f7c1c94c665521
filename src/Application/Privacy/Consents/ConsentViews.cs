using Upjunoo.Domain.Privacy.Consents;

namespace Upjunoo.Application.Privacy.Consents;

/// <summary><c>{marketing, advertising, analytics}</c>, each <c>{granted, at, policyVersion}</c>; never asked means not granted.</summary>
public sealed record ConsentsView(ConsentView Marketing, ConsentView Advertising, ConsentView Analytics, DateTimeOffset? RestrictedSince)
{
    public static ConsentsView Of(PrivacyProfileState s) =>
        new(ConsentView.Of(s.Of(ConsentPurpose.Marketing)), ConsentView.Of(s.Of(ConsentPurpose.Advertising)), ConsentView.Of(s.Of(ConsentPurpose.Analytics)), s.RestrictedSince);
}

public sealed record ConsentView(bool Granted, DateTimeOffset? At, int? PolicyVersion, string? Channel)
{
    public static ConsentView Of(ConsentRecord? r) => r is null ? new(false, null, null, null) : new(r.Granted, r.At, r.PolicyVersion, r.Channel);
}
