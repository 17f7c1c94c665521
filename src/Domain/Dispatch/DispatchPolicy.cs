namespace Upjunoo.Domain.Dispatch;

/// <summary>
/// How a trip or order looks for a driver: search rings of growing radius, at most <see cref="MaxAttempts"/>
/// offers in all, each valid for <see cref="OfferTimeout"/>. Settable from configuration.
/// </summary>
public sealed record DispatchPolicy
{
    public static DispatchPolicy Default { get; } = new();

    public IReadOnlyList<int> RadiusStepsM { get; init; } = [1_500, 3_000, 6_000];

    public int MaxAttempts { get; init; } = 5;

    public TimeSpan OfferTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public DateTimeOffset OfferExpiresAt(DateTimeOffset now) => now + OfferTimeout;

    /// <summary>The search radius of round <paramref name="round"/> (0-based); the last ring is reused after that.</summary>
    public int RadiusFor(int round) => RadiusStepsM[Math.Clamp(round, 0, RadiusStepsM.Count - 1)];

    public bool MayOfferAgain(int attemptsSoFar) => attemptsSoFar < MaxAttempts;
}
