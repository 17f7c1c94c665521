namespace Upjunoo.Domain.Trips;

public enum OfferOutcome
{
    Pending,
    Accepted,
    Declined,
    Expired,

    /// <summary>The trip was cancelled or given up while the offer was pending.</summary>
    Withdrawn,
}
