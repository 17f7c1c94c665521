namespace Upjunoo.Domain.Geo;

/// <summary>Great-circle distance on a spherical earth: accurate to ~0.5 %, plenty for ranking and fares.</summary>
public static class Haversine
{
    public const double EarthRadiusM = 6_371_008.8;

    public static double DistanceM(GeoPoint a, GeoPoint b)
    {
        var dLat = ToRadians(b.Lat - a.Lat);
        var dLng = ToRadians(b.Lng - a.Lng);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(ToRadians(a.Lat)) * Math.Cos(ToRadians(b.Lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * EarthRadiusM * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    public static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
