using System.Globalization;

namespace Upjunoo.Simulator.Cli;

/// <summary>Durations as people type them: <c>250ms</c>, <c>4s</c>, <c>5m</c>, <c>1h</c> (a bare number is seconds).</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToLowerInvariant();
        var (number, unit) = t.EndsWith("ms", StringComparison.Ordinal) ? (t[..^2], 0.001)
            : t.EndsWith('s') ? (t[..^1], 1.0)
            : t.EndsWith('m') ? (t[..^1], 60.0)
            : t.EndsWith('h') ? (t[..^1], 3600.0)
            : (t, 1.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0 || !double.IsFinite(n))
        {
            return false;
        }

        value = TimeSpan.FromSeconds(n * unit);
        return true;
    }

    public static TimeSpan Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a duration (e.g. 250ms, 4s, 5m, 1h).");

    public static string Format(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{t.TotalHours:0.##}h" : t.TotalMinutes >= 1 ? $"{t.TotalMinutes:0.##}m" : t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.##}s" : $"{t.TotalMilliseconds:0}ms";
}
