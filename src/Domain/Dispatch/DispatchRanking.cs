namespace Upjunoo.Domain.Dispatch;

/// <summary>
/// Orders candidates best first by a score in seconds (lower is better):
/// <c>ETA + 8 s × (5 − rating) + 20 s × (1 − acceptance rate)</c>. The worst possible rating and acceptance
/// together weigh 52 s, so the ETA dominates and rating and acceptance only break near-ties (a 5★ driver who
/// accepts everything beats a 4★ driver who accepts half the offers when both are within ~18 s).
/// Equal scores fall back to distance, then driver id, so the order is deterministic.
/// </summary>
public static class DispatchRanking
{
    public const double SecondsPerMissingStar = 8;
    public const double SecondsForNeverAccepting = 20;

    public static double Score(DispatchCandidate candidate)
    {
        var rating = Math.Clamp(candidate.Rating, 1, 5);
        var acceptance = Math.Clamp(candidate.AcceptanceRate, 0, 1);
        return candidate.EtaSeconds + SecondsPerMissingStar * (5 - rating) + SecondsForNeverAccepting * (1 - acceptance);
    }

    public static IReadOnlyList<DispatchCandidate> Rank(IEnumerable<DispatchCandidate> candidates) =>
        [.. candidates
            .OrderBy(Score)
            .ThenBy(c => c.DistanceM)
            .ThenBy(c => c.DriverId, StringComparer.Ordinal)];
}
