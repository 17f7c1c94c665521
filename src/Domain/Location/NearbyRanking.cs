namespace Upjunoo.Domain.Location;

/// <summary>Merges the candidates found in several cells: one entry per driver, nearest first.</summary>
public static class NearbyRanking
{
    public static IReadOnlyList<NearbyDriver> Rank(IEnumerable<NearbyDriver> candidates, int limit)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var best = new Dictionary<string, NearbyDriver>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            // A driver crossing a boundary can briefly sit in two cells; keep the nearer report.
            if (!best.TryGetValue(c.DriverId, out var seen) || c.DistanceM < seen.DistanceM)
            {
                best[c.DriverId] = c;
            }
        }

        return best.Values
            .OrderBy(d => d.DistanceM)
            .ThenBy(d => d.DriverId, StringComparer.Ordinal)
            .Take(Math.Max(limit, 0))
            .ToList();
    }
}
