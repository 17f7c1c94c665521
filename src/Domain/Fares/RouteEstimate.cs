using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// A routing-engine-free estimate of a city ride: the great-circle distance times a road factor of 1.3
/// (streets are not straight), driven at the average city speed of the country, door to door.
/// </summary>
public readonly record struct RouteEstimate(int DistanceM, int DurationSeconds)
{
    public const double RoadFactor = 1.3;

    public static RouteEstimate Between(GeoPoint a, GeoPoint b, CountryCode country)
    {
        var distanceM = Haversine.DistanceM(a, b) * RoadFactor;
        var metresPerSecond = AverageCitySpeedKmh(country) / 3.6;
        return new RouteEstimate((int)Math.Round(distanceM), (int)Math.Round(distanceM / metresPerSecond));
    }

    /// <summary>Typical door-to-door speeds including traffic: Toronto/Montréal, Abidjan, Kinshasa.</summary>
    public static double AverageCitySpeedKmh(CountryCode country) => country switch
    {
        CountryCode.CA => 30,
        CountryCode.CI => 22,
        CountryCode.CD => 16,
        _ => 25,
    };
}
