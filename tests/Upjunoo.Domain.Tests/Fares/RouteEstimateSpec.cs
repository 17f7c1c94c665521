using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Tests.Fares;

public class RouteEstimateSpec
{
    [Fact]
    public void Given_two_points_When_estimated_Then_the_distance_is_the_great_circle_times_the_road_factor()
    {
        var a = new GeoPoint(45.5017, -73.5673);
        var b = new GeoPoint(45.5117, -73.5673);

        var route = RouteEstimate.Between(a, b, CountryCode.CA);

        Assert.InRange(route.DistanceM, 1_440, 1_450); // 1112 m × 1.3
        Assert.InRange(route.DurationSeconds, 172, 175); // at 30 km/h
    }

    [Fact]
    public void Given_the_same_route_When_estimated_in_Kinshasa_Then_it_takes_longer_than_in_Montreal()
    {
        var a = new GeoPoint(-4.3250, 15.3222);
        var b = new GeoPoint(-4.3000, 15.3000);

        Assert.True(RouteEstimate.Between(a, b, CountryCode.CD).DurationSeconds > RouteEstimate.Between(a, b, CountryCode.CA).DurationSeconds);
    }

    [Fact]
    public void Given_the_same_point_When_estimated_Then_the_route_is_empty()
    {
        var a = new GeoPoint(5.3197, -4.0167);

        Assert.Equal(new RouteEstimate(0, 0), RouteEstimate.Between(a, a, CountryCode.CI));
    }
}
