namespace Upjunoo.Domain.Location;

/// <summary>The regular lat/lng grid behind one geohash precision: rows of latitude, columns of longitude.</summary>
internal readonly record struct GeohashGrid(int Precision, int RowBits, int ColumnBits)
{
    public long Rows => 1L << RowBits;

    public long Columns => 1L << ColumnBits;

    public double CellHeight => 180.0 / Rows;

    public double CellWidth => 360.0 / Columns;

    public static GeohashGrid For(int precision)
    {
        Geohash.CheckPrecision(precision);
        var bits = 5 * precision;
        return new GeohashGrid(precision, bits / 2, bits - (bits / 2));
    }

    public long RowOf(double lat) => Snap(lat, -90, CellHeight, Rows);

    public long ColumnOf(double lng) => Snap(lng, -180, CellWidth, Columns);

    /// <summary>
    /// The index whose [min, max) holds the value, with min/max computed exactly as <see cref="Bounds"/> does, so
    /// a point on an edge never lands in a cell whose decoded bounds exclude it (floor() alone can be off by one).
    /// </summary>
    private static long Snap(double value, double origin, double size, long count)
    {
        var index = Math.Clamp((long)Math.Floor((value - origin) / size), 0, count - 1);
        if (index > 0 && value < (index * size) + origin)
        {
            index--;
        }
        else if (index < count - 1 && value >= ((index + 1) * size) + origin)
        {
            index++;
        }

        return index;
    }

    public long Wrap(long column) => ((column % Columns) + Columns) % Columns;

    public GeoBounds Bounds(long row, long column) => new(
        (row * CellHeight) - 90,
        (column * CellWidth) - 180,
        ((row + 1) * CellHeight) - 90,
        ((column + 1) * CellWidth) - 180);

    /// <summary>Interleaves the bits, longitude first, as the geohash definition does.</summary>
    public string Hash(long row, long column)
    {
        ulong bits = 0;
        int r = RowBits, c = ColumnBits;
        for (var k = 0; k < RowBits + ColumnBits; k++)
        {
            var bit = k % 2 == 0 ? (column >> --c) & 1 : (row >> --r) & 1;
            bits = (bits << 1) | (ulong)bit;
        }

        return Geohash.ToText(bits, Precision);
    }

    public (long Row, long Column) Split(ulong bits)
    {
        long row = 0, column = 0;
        var total = RowBits + ColumnBits;
        for (var k = 0; k < total; k++)
        {
            var bit = (long)((bits >> (total - 1 - k)) & 1);
            if (k % 2 == 0)
            {
                column = (column << 1) | bit;
            }
            else
            {
                row = (row << 1) | bit;
            }
        }

        return (row, column);
    }
}
