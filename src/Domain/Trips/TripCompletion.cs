using Upjunoo.Domain.Fares;

namespace Upjunoo.Domain.Trips;

/// <summary>The measured ride and its final fare.</summary>
public sealed record TripCompletion(int DistanceM, int DurationSeconds, FareBreakdown Fare, DateTimeOffset At);
