namespace Upjunoo.Domain.Trips;

/// <summary>One offer of the trip to one driver, and how it ended.</summary>
public sealed record DispatchAttempt(string DriverId, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, OfferOutcome Outcome);
