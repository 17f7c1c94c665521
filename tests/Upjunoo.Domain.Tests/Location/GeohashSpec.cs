using CsCheck;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Domain.Tests.Location;

public sealed class GeohashSpec
{
    [Theory]
    [InlineData(42.6, -5.6, 5, "ezs42")]
    [InlineData(57.64911, 10.40744, 11, "u4pruydqqvj")]
    [InlineData(5.33, -4.02, 6, "ebvnkd")]
    public void Encode_matches_the_reference_geohash(double lat, double lng, int precision, string expected) =>
        Assert.Equal(expected, Geohash.Encode(new GeoPoint(lat, lng), precision));

    [Fact]
    public void Decoded_bounds_contain_the_encoded_point() =>
        Gen.Double[-90, 90].Select(Gen.Double[-180, 180], Gen.Int[1, 9]).Sample((lat, lng, precision) =>
        {
            var b = Geohash.DecodeBounds(Geohash.Encode(new GeoPoint(lat, lng), precision));
            return b.MinLat <= lat && lat <= b.MaxLat && b.MinLng <= lng && lng <= b.MaxLng;
        });

    [Fact]
    public void Precision_6_cells_are_about_1_2_km_by_0_6_km_at_the_equator()
    {
        var b = Geohash.DecodeBounds("s00000");
        Assert.InRange(Haversine.DistanceM(new GeoPoint(0, b.MinLng), new GeoPoint(0, b.MaxLng)), 1200, 1250);
        Assert.InRange(Haversine.DistanceM(new GeoPoint(b.MinLat, 0), new GeoPoint(b.MaxLat, 0)), 600, 620);
    }

    [Fact]
    public void Neighbours_of_a_cell_touch_it_and_wrap_at_the_antimeridian()
    {
        var east = Geohash.Encode(new GeoPoint(0.1, 179.99), 5);
        var neighbours = Geohash.Neighbours(east);
        Assert.Equal(8, neighbours.Count);
        Assert.Contains(Geohash.Encode(new GeoPoint(0.1, -179.99), 5), neighbours);
    }

    [Fact]
    public void A_cell_at_the_pole_has_five_neighbours()
    {
        var polar = Geohash.Encode(new GeoPoint(89.99, 10), 4);
        Assert.Equal(5, Geohash.Neighbours(polar).Count);
    }

    [Fact]
    public void Neighbour_examples_match_the_reference()
    {
        var n = Geohash.Neighbours("ezs42");
        Assert.Equal(
            new[] { "ezefp", "ezefr", "ezefx", "ezs40", "ezs41", "ezs43", "ezs48", "ezs49" }.Order(StringComparer.Ordinal),
            n.Order(StringComparer.Ordinal));
    }
}
