using Upjunoo.Domain.Common;
using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Infrastructure.Trips;

/// <summary>Look for the next driver (a search round, or the chosen driver).</summary>
internal sealed record DispatchNext
{
    public static DispatchNext Instance { get; } = new();
}

/// <summary>The free drivers of a search round, ranked best first.</summary>
internal sealed record CandidatesFound(IReadOnlyList<DispatchCandidate> Ranked);

/// <summary>The answer of a driver's entity to "reserve this driver for this trip until …".</summary>
internal sealed record ReservationAnswered(string DriverId, DateTimeOffset ExpiresAt, IReadOnlyList<DispatchCandidate> Rest, Rejection? Rejection);

/// <summary>The offer timer of a driver fired.</summary>
internal sealed record OfferTimedOut(string DriverId);
