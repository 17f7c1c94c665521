using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>One refused ping of a request: its position in the request and why.</summary>
public readonly record struct PingRejection(int Index, PingRejectionReason Reason)
{
    public string ReasonName => Reason.WireName();
}

/// <summary>
/// What a POST of pings gets: <see cref="IsFull"/> → answer 429 with <c>Retry-After: RetryAfter</c> (nothing was
/// taken, the client resends the same batch); otherwise 202 <c>{accepted, rejected:[{index, reason}]}</c>.
/// </summary>
public sealed record OfferResult(bool IsFull, int Accepted, IReadOnlyList<PingRejection> Rejected, TimeSpan RetryAfter)
{
    public static OfferResult Full(TimeSpan retryAfter) => new(true, 0, [], retryAfter);
}
