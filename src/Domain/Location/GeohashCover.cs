using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Location;

/// <summary>
/// The cells of one precision that intersect a circle. Candidates come from the circle's exact lat/lng
/// bounding box (a spherical cap widens towards the poles), then each candidate is kept only when the
/// great-circle distance from the centre to the nearest point of the cell is within the radius.
/// </summary>
internal static class GeohashCover
{
    /// <summary>Above this the radius is far too large for the precision; a caller bug, not a query.</summary>
    public const int MaxCells = 20_000;

    public static IReadOnlySet<string> Cells(GeoPoint center, double radiusM, int precision)
    {
        if (!center.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(center), center, "not a valid WGS 84 position");
        }

        if (!double.IsFinite(radiusM) || radiusM < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusM), radiusM, "radius must be a finite, non-negative number of metres");
        }

        var grid = GeohashGrid.For(precision);
        var angle = Math.Min(radiusM / Haversine.EarthRadiusM, Math.PI);
        var dLat = ToDegrees(angle);
        var firstRow = grid.RowOf(Math.Max(center.Lat - dLat, -90));
        var lastRow = grid.RowOf(Math.Min(center.Lat + dLat, 90));

        var (firstColumn, columnCount) = ColumnSpan(grid, center, angle);
        if ((lastRow - firstRow + 1) * columnCount > MaxCells)
        {
            throw new ArgumentOutOfRangeException(nameof(radiusM), radiusM, $"radius covers more than {MaxCells} cells at precision {precision}");
        }

        var cells = new HashSet<string>(StringComparer.Ordinal) { grid.Hash(grid.RowOf(center.Lat), grid.ColumnOf(center.Lng)) };
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var i = 0L; i < columnCount; i++)
            {
                var column = grid.Wrap(firstColumn + i);
                if (MinDistanceM(center, grid.Bounds(row, column)) <= radiusM)
                {
                    cells.Add(grid.Hash(row, column));
                }
            }
        }

        return cells;
    }

    /// <summary>Exact great-circle distance from a point to a lat/lng rectangle (0 inside).</summary>
    public static double MinDistanceM(GeoPoint p, GeoBounds b)
    {
        var toWest = Normalize(b.MinLng - p.Lng);
        var toEast = Normalize(p.Lng - b.MaxLng);
        var insideLng = Normalize(p.Lng - b.MinLng) <= b.MaxLng - b.MinLng;
        if (insideLng)
        {
            var lat = Math.Clamp(p.Lat, b.MinLat, b.MaxLat);
            return Haversine.EarthRadiusM * Haversine.ToRadians(Math.Abs(p.Lat - lat));
        }

        // Outside the longitude span, the nearest point lies on the nearer side meridian; along a meridian the
        // distance has a single minimum at the foot of the perpendicular (poleward of the point's own latitude).
        var (edgeLng, dLng) = toWest <= toEast ? (b.MinLng, toWest) : (b.MaxLng, toEast);
        var best = Math.Min(Haversine.DistanceM(p, new GeoPoint(b.MinLat, edgeLng)), Haversine.DistanceM(p, new GeoPoint(b.MaxLat, edgeLng)));
        var cosDLng = Math.Cos(Haversine.ToRadians(dLng));
        if (cosDLng > 0)
        {
            var foot = ToDegrees(Math.Atan(Math.Tan(Haversine.ToRadians(p.Lat)) / cosDLng));
            best = Math.Min(best, Haversine.DistanceM(p, new GeoPoint(Math.Clamp(foot, b.MinLat, b.MaxLat), edgeLng)));
        }

        return best;
    }

    private static (long First, long Count) ColumnSpan(GeohashGrid grid, GeoPoint center, double angle)
    {
        var cosLat = Math.Cos(Haversine.ToRadians(center.Lat));
        var sinAngle = Math.Sin(angle);
        if (angle >= Math.PI / 2 || sinAngle >= cosLat)
        {
            return (0, grid.Columns); // the cap reaches a pole: every longitude
        }

        var dLng = ToDegrees(Math.Asin(sinAngle / cosLat));
        var first = (long)Math.Floor((center.Lng - dLng + 180) / grid.CellWidth);
        var last = (long)Math.Floor((center.Lng + dLng + 180) / grid.CellWidth);
        return (first, Math.Min(last - first + 1, grid.Columns));
    }

    /// <summary>An eastward angular gap in [0, 360).</summary>
    private static double Normalize(double degrees) => ((degrees % 360) + 360) % 360;

    private static double ToDegrees(double radians) => radians * 180 / Math.PI;
}
