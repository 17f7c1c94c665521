namespace Upjunoo.Simulator.Metrics;

/// <summary>
/// A lock-free log-bucketed histogram of milliseconds (3 % resolution from 10 µs to ~100 s): constant memory whatever
/// the request count, so a long soak does not grow.
/// </summary>
public sealed class LatencyHistogram
{
    private const double Smallest = 0.01;
    private static readonly double LogBase = Math.Log(1.03);
    private static readonly int BucketCount = (int)Math.Ceiling(Math.Log(100_000 / Smallest) / LogBase) + 2;

    private readonly long[] _buckets = new long[BucketCount];
    private long _count;
    private long _maxMicros;

    public long Count => Interlocked.Read(ref _count);

    public double MaxMs => Interlocked.Read(ref _maxMicros) / 1000.0;

    public void Record(double ms)
    {
        var index = ms <= Smallest ? 0 : Math.Min(BucketCount - 1, (int)Math.Ceiling(Math.Log(ms / Smallest) / LogBase));
        Interlocked.Increment(ref _buckets[index]);
        Interlocked.Increment(ref _count);
        var micros = (long)(ms * 1000);
        long seen;
        while (micros > (seen = Interlocked.Read(ref _maxMicros)) && Interlocked.CompareExchange(ref _maxMicros, micros, seen) != seen)
        {
        }
    }

    /// <summary>The upper bound of the bucket holding quantile <paramref name="q"/> (0–1); 0 when empty.</summary>
    public double Percentile(double q)
    {
        var total = Count;
        if (total == 0)
        {
            return 0;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(q * total));
        long seen = 0;
        for (var i = 0; i < _buckets.Length; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= rank)
            {
                return Math.Min(Smallest * Math.Pow(1.03, i), MaxMs);
            }
        }

        return MaxMs;
    }

    public LatencySummary Summary() =>
        new(Count, Round(Percentile(0.5)), Round(Percentile(0.9)), Round(Percentile(0.99)), Round(MaxMs));

    private static double Round(double v) => Math.Round(v, 2);
}

public sealed record LatencySummary(long Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs);
