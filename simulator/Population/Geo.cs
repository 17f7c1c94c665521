namespace Upjunoo.Simulator.Population;

/// <summary>Small-distance geometry on a local flat approximation (good to a few metres over a city).</summary>
public static class Geo
{
    private const double MetresPerDegreeLat = 111_320;

    public static double DistanceM(GeoPoint a, GeoPoint b)
    {
        var dy = (b.Lat - a.Lat) * MetresPerDegreeLat;
        var dx = (b.Lng - a.Lng) * MetresPerDegreeLat * Math.Cos((a.Lat + b.Lat) * Math.PI / 360);
        return Math.Sqrt(dx * dx + dy * dy);
    }

    public static GeoPoint Offset(GeoPoint from, double northM, double eastM) =>
        new(from.Lat + northM / MetresPerDegreeLat, from.Lng + eastM / (MetresPerDegreeLat * Math.Cos(from.Lat * Math.PI / 180)));

    /// <summary>Heading in degrees clockwise from north.</summary>
    public static double Bearing(GeoPoint from, GeoPoint to)
    {
        var dy = to.Lat - from.Lat;
        var dx = (to.Lng - from.Lng) * Math.Cos(from.Lat * Math.PI / 180);
        return (Math.Atan2(dx, dy) * 180 / Math.PI + 360) % 360;
    }

    public static GeoPoint Move(GeoPoint from, double headingDeg, double metres)
    {
        var r = headingDeg * Math.PI / 180;
        return Offset(from, Math.Cos(r) * metres, Math.Sin(r) * metres);
    }

    /// <summary>Moves toward a target by at most <paramref name="metres"/>; lands on it when closer.</summary>
    public static GeoPoint Toward(GeoPoint from, GeoPoint to, double metres)
    {
        var d = DistanceM(from, to);
        if (d <= metres || d < 0.01)
        {
            return to;
        }

        var f = metres / d;
        return new(from.Lat + (to.Lat - from.Lat) * f, from.Lng + (to.Lng - from.Lng) * f);
    }

    public static GeoPoint Clamp(City city, GeoPoint p) => city.Clamp(p);
}
