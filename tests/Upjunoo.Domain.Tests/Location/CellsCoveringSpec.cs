using CsCheck;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Domain.Tests.Location;

public sealed class CellsCoveringSpec
{
    [Fact]
    public void Zero_radius_covers_the_centre_cell_only()
    {
        var center = new GeoPoint(5.33, -4.02);
        Assert.Equal([Geohash.Encode(center, 6)], Geohash.CellsCovering(center, 0, 6));
    }

    [Fact]
    public void A_point_just_across_a_cell_edge_is_covered()
    {
        var b = Geohash.DecodeBounds("ebvnkd");
        var center = new GeoPoint(b.CenterLat, b.MaxLng - 1e-7);
        var cells = Geohash.CellsCovering(center, 5, 6);
        Assert.Contains(Geohash.Encode(new GeoPoint(b.CenterLat, b.MaxLng + 1e-7), 6), cells);
        Assert.Equal(2, cells.Count);
    }

    [Fact]
    public void A_3_km_circle_in_Abidjan_needs_a_few_dozen_precision_6_cells() =>
        Assert.InRange(Geohash.CellsCovering(new GeoPoint(5.33, -4.02), 3000, 6).Count, 40, 70);

    [Theory]
    [InlineData(5.33, -4.02, 3000, 6)]
    [InlineData(45.5, -73.57, 2000, 6)]   // Montréal
    [InlineData(78.22, 15.65, 5000, 6)]   // Longyearbyen: cells are narrow, the cap is wide in longitude
    [InlineData(-4.32, 15.31, 1500, 7)]   // Kinshasa
    [InlineData(0.0, 179.999, 4000, 6)]   // across the antimeridian
    [InlineData(89.99, 0.0, 3000, 5)]     // the cap holds the pole
    public void Every_point_within_the_radius_falls_in_a_covering_cell(double lat, double lng, double radiusM, int precision)
    {
        var center = new GeoPoint(lat, lng);
        var cells = Geohash.CellsCovering(center, radiusM, precision);
        Gen.Double[0, 1].Select(Gen.Double[0, 360]).Sample((fraction, bearing) =>
        {
            var p = Destination(center, radiusM * fraction * 0.999, bearing);
            return cells.Contains(Geohash.Encode(p, precision));
        }, iter: 5_000);
    }

    [Theory]
    [InlineData(5.33, -4.02, 3000, 6)]
    [InlineData(78.22, 15.65, 5000, 6)]
    public void Every_covering_cell_comes_within_the_radius(double lat, double lng, double radiusM, int precision)
    {
        var center = new GeoPoint(lat, lng);
        foreach (var cell in Geohash.CellsCovering(center, radiusM, precision))
        {
            var b = Geohash.DecodeBounds(cell);
            var nearest = Enumerable.Range(0, 201).SelectMany(i => new[]
            {
                new GeoPoint(b.MinLat + ((b.MaxLat - b.MinLat) * i / 200), b.MinLng),
                new GeoPoint(b.MinLat + ((b.MaxLat - b.MinLat) * i / 200), b.MaxLng),
                new GeoPoint(b.MinLat, b.MinLng + ((b.MaxLng - b.MinLng) * i / 200)),
                new GeoPoint(b.MaxLat, b.MinLng + ((b.MaxLng - b.MinLng) * i / 200)),
                new GeoPoint(Math.Clamp(lat, b.MinLat, b.MaxLat), Math.Clamp(lng, b.MinLng, b.MaxLng)),
            }).Min(p => Haversine.DistanceM(center, p));
            Assert.True(nearest <= radiusM + 5, $"{cell} is {nearest:F0} m away");
        }
    }

    [Fact]
    public void An_absurd_radius_for_the_precision_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Geohash.CellsCovering(new GeoPoint(5.33, -4.02), 500_000, 8));

    private static GeoPoint Destination(GeoPoint from, double distanceM, double bearingDeg)
    {
        var d = distanceM / Haversine.EarthRadiusM;
        var b = Haversine.ToRadians(bearingDeg);
        var lat1 = Haversine.ToRadians(from.Lat);
        var lng1 = Haversine.ToRadians(from.Lng);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(d)) + (Math.Cos(lat1) * Math.Sin(d) * Math.Cos(b)));
        var lng2 = lng1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(lat1), Math.Cos(d) - (Math.Sin(lat1) * Math.Sin(lat2)));
        var lng = ((lng2 * 180 / Math.PI) + 540) % 360 - 180;
        return new GeoPoint(lat2 * 180 / Math.PI, lng);
    }
}
