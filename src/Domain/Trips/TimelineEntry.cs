namespace Upjunoo.Domain.Trips;

/// <summary>When the trip entered a status (API.md <c>timeline:[{status, at}]</c>).</summary>
public sealed record TimelineEntry(TripStatus Status, DateTimeOffset At);
