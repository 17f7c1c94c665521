using Upjunoo.Domain.Common;
using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Infrastructure.Dispatch;

/// <summary>The messages a <see cref="Dispatcher"/> sends to its own actor (timers and piped answers).</summary>
public abstract record DispatchMessage;

/// <summary>Look for the next partner (a search round, or the chosen partner).</summary>
internal sealed record DispatchNext : DispatchMessage
{
    public static DispatchNext Instance { get; } = new();
}

/// <summary>The free partners of a search round, ranked best first.</summary>
internal sealed record CandidatesFound(IReadOnlyList<DispatchCandidate> Ranked) : DispatchMessage;

/// <summary>The answer of a partner's entity to "reserve this partner for this job until …".</summary>
internal sealed record ReservationAnswered(string PartnerId, DateTimeOffset ExpiresAt, IReadOnlyList<DispatchCandidate> Rest, Rejection? Rejection)
    : DispatchMessage;

/// <summary>The offer timer of a partner fired.</summary>
internal sealed record OfferTimedOut(string PartnerId) : DispatchMessage;

/// <summary>A search or a reservation failed (a timeout, a node leaving): try again later.</summary>
internal sealed record DispatchFailed(Exception Cause) : DispatchMessage;
