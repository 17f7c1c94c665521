using System.Diagnostics;
using System.Globalization;

namespace Upjunoo.Bench;

internal static class Measure
{
    public static long RssBytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024).ToString("F0", CultureInfo.InvariantCulture) + " MB";

    public static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    public static string Percentiles(List<double> micros)
    {
        micros.Sort();
        double P(double q) => micros[Math.Min(micros.Count - 1, (int)(q * micros.Count))];
        return string.Create(CultureInfo.InvariantCulture, $"p50 {P(0.50):F1} µs, p99 {P(0.99):F1} µs, max {micros[^1]:F1} µs (n={micros.Count})");
    }

    public static double Micros(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
}
