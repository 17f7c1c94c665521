namespace Upjunoo.Domain.Privacy.Consents;

/// <summary>The uses of personal data that need the person's consent (R14); the service works without any of them.</summary>
public enum ConsentPurpose
{
    Marketing,
    Advertising,
    Analytics,
}
