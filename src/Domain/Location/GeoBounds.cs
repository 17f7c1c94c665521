namespace Upjunoo.Domain.Location;

/// <summary>A latitude/longitude rectangle in degrees (a geohash cell's extent).</summary>
public readonly record struct GeoBounds(double MinLat, double MinLng, double MaxLat, double MaxLng)
{
    public double CenterLat => (MinLat + MaxLat) / 2;

    public double CenterLng => (MinLng + MaxLng) / 2;
}
