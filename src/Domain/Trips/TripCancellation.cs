using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>Who cancelled, why, and the fee the rider owes for it (zero when free).</summary>
public sealed record TripCancellation(
    Party By,
    [property: Personal(DataCategory.OrderComments)] string? Reason,
    Money Fee,
    DateTimeOffset At);
