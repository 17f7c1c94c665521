namespace Upjunoo.Domain.Location;

/// <summary>
/// A first ETA from the straight-line distance: roads are longer than the crow flies (detour factor) and city
/// traffic is slow. Good enough to rank and show "3 min"; routing will replace it.
/// </summary>
public sealed record EtaEstimator(double CitySpeedMps, double DetourFactor)
{
    /// <summary>~25 km/h average city speed, roads 30 % longer than the straight line.</summary>
    public static EtaEstimator Default { get; } = new(6.9, 1.3);

    public int EtaSeconds(double distanceM) =>
        distanceM <= 0 ? 0 : (int)Math.Ceiling(distanceM * DetourFactor / CitySpeedMps);
}
