using Upjunoo.Domain.Trips;

namespace Upjunoo.Domain.Orders;

/// <summary>One offer of the order to one courier, and how it ended.</summary>
public sealed record CourierAttempt(string CourierId, DateTimeOffset OfferedAt, DateTimeOffset ExpiresAt, OfferOutcome Outcome);
