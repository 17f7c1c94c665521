using System.Text;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Location;

/// <summary>
/// Standard base-32 geohash. A cell of precision <c>p</c> is the pair (lat index, lng index) on a regular grid of
/// <c>2^floor(5p/2)</c> rows by <c>2^ceil(5p/2)</c> columns; working on those indices keeps neighbours and
/// coverage exact (no string arithmetic, longitude wraps at ±180°).
/// </summary>
public static class Geohash
{
    public const int MaxPrecision = 12;
    private const string Alphabet = "0123456789bcdefghjkmnpqrstuvwxyz";

    public static string Encode(GeoPoint point, int precision)
    {
        CheckPrecision(precision);
        if (!point.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(point), point, "not a valid WGS 84 position");
        }

        var grid = GeohashGrid.For(precision);
        return grid.Hash(grid.RowOf(point.Lat), grid.ColumnOf(point.Lng));
    }

    public static GeoBounds DecodeBounds(string hash)
    {
        var (grid, row, column) = Parse(hash);
        return grid.Bounds(row, column);
    }

    public static GeoPoint DecodeCenter(string hash)
    {
        var bounds = DecodeBounds(hash);
        return new GeoPoint(bounds.CenterLat, bounds.CenterLng);
    }

    /// <summary>The up-to-8 cells around <paramref name="hash"/> (fewer next to a pole; longitude wraps).</summary>
    public static IReadOnlyList<string> Neighbours(string hash)
    {
        var (grid, row, column) = Parse(hash);
        var result = new List<string>(8);
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                var r = row + dr;
                if ((dr == 0 && dc == 0) || r < 0 || r >= grid.Rows)
                {
                    continue;
                }

                var neighbour = grid.Hash(r, grid.Wrap(column + dc));
                if (neighbour != hash && !result.Contains(neighbour, StringComparer.Ordinal))
                {
                    result.Add(neighbour);
                }
            }
        }

        return result;
    }

    /// <summary>Every cell of <paramref name="precision"/> that intersects the circle (great-circle distance).</summary>
    public static IReadOnlySet<string> CellsCovering(GeoPoint center, double radiusM, int precision) =>
        GeohashCover.Cells(center, radiusM, precision);

    internal static (GeohashGrid Grid, long Row, long Column) Parse(string hash)
    {
        ArgumentException.ThrowIfNullOrEmpty(hash);
        CheckPrecision(hash.Length);
        ulong bits = 0;
        foreach (var c in hash)
        {
            var value = Alphabet.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new ArgumentException($"'{c}' is not a geohash character", nameof(hash));
            }

            bits = (bits << 5) | (uint)value;
        }

        var grid = GeohashGrid.For(hash.Length);
        var (row, column) = grid.Split(bits);
        return (grid, row, column);
    }

    internal static string ToText(ulong bits, int precision)
    {
        var text = new StringBuilder(precision);
        for (var i = precision - 1; i >= 0; i--)
        {
            text.Append(Alphabet[(int)((bits >> (5 * i)) & 31)]);
        }

        return text.ToString();
    }

    internal static void CheckPrecision(int precision)
    {
        if (precision is < 1 or > MaxPrecision)
        {
            throw new ArgumentOutOfRangeException(nameof(precision), precision, $"geohash precision is 1..{MaxPrecision}");
        }
    }
}
