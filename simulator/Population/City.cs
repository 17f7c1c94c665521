namespace Upjunoo.Simulator.Population;

public readonly record struct GeoPoint(double Lat, double Lng);

/// <summary>A city of operation: its bounding box, its busy centre, the country and the Bogus locale for names.</summary>
public sealed record City(
    string Name, string Country, string Locale, string Language, GeoPoint Centre, double SouthLat, double NorthLat, double WestLng, double EastLng)
{
    public bool Contains(GeoPoint p) => p.Lat >= SouthLat && p.Lat <= NorthLat && p.Lng >= WestLng && p.Lng <= EastLng;

    public GeoPoint Clamp(GeoPoint p) => new(Math.Clamp(p.Lat, SouthLat, NorthLat), Math.Clamp(p.Lng, WestLng, EastLng));
}

public static class Cities
{
    public static readonly City Abidjan = new("Abidjan", "CI", "fr", "fr", new(5.3364, -4.0267), 5.25, 5.45, -4.10, -3.90);
    public static readonly City Kinshasa = new("Kinshasa", "CD", "fr", "fr", new(-4.3220, 15.3070), -4.45, -4.29, 15.20, 15.40);
    public static readonly City Toronto = new("Toronto", "CA", "en_CA", "en", new(43.6532, -79.3832), 43.60, 43.78, -79.55, -79.25);
    public static readonly City Montreal = new("Montréal", "CA", "fr_CA", "fr", new(45.5017, -73.5673), 45.45, 45.60, -73.70, -73.50);

    public static IReadOnlyList<City> All { get; } = [Abidjan, Kinshasa, Toronto, Montreal];
}
