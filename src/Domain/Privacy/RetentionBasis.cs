namespace Upjunoo.Domain.Privacy;

/// <summary>How long a category is kept by default (R18).</summary>
public enum RetentionBasis
{
    /// <summary>While the account exists; erased with it.</summary>
    AccountLifetime,

    /// <summary>The legal prescription period of the country of the order, then destroyed.</summary>
    CountryPrescription,

    /// <summary>A fixed period (<see cref="DataCategoryInfo.Period"/>).</summary>
    Fixed,

    /// <summary>Until the person withdraws consent, or the account is deleted.</summary>
    UntilConsentWithdrawn,
}
