namespace Upjunoo.Domain.Geo;

/// <summary>A WGS 84 position in degrees.</summary>
public readonly record struct GeoPoint(double Lat, double Lng)
{
    /// <summary>A position whose data subject was erased: not a number, so it is never taken for a real place.</summary>
    public static GeoPoint Erased { get; } = new(double.NaN, double.NaN);

    public bool IsErased => double.IsNaN(Lat) && double.IsNaN(Lng);

    public bool IsValid =>
        double.IsFinite(Lat) && double.IsFinite(Lng) && Lat is >= -90 and <= 90 && Lng is >= -180 and <= 180;
}
