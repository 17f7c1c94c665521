namespace Upjunoo.Domain.Privacy.Consents;

public abstract record PrivacyProfileCommand(DateTimeOffset Now)
{
    public sealed record RecordConsent(
        string AccountId, ConsentPurpose Purpose, bool Granted, string Channel, int PolicyVersion, DateTimeOffset Now)
        : PrivacyProfileCommand(Now);

    /// <summary>Restriction of processing (R20): analytics and marketing pause for the person until lifted.</summary>
    public sealed record Restrict(string AccountId, string RequestId, DateTimeOffset Now) : PrivacyProfileCommand(Now);

    public sealed record LiftRestriction(DateTimeOffset Now) : PrivacyProfileCommand(Now);
}
