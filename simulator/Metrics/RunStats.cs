using System.Collections.Concurrent;
using System.Diagnostics;

namespace Upjunoo.Simulator.Metrics;

/// <summary>Everything the run counts: latencies per endpoint, outcomes, errors by kind, and a per-second timeline.</summary>
public sealed class RunStats
{
    private readonly ConcurrentDictionary<string, EndpointStats> _endpoints = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _counters = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, SecondStats> _seconds = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public LatencyHistogram Throttled { get; } = new();

    /// <summary>From the moment the rider sent POST /trips to the moment the offered driver saw the offer.</summary>
    public LatencyHistogram RequestToOffer { get; } = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    public long Requests => _endpoints.Values.Sum(e => e.Total);

    public long ServerErrors => _endpoints.Values.Sum(e => Interlocked.Read(ref e.ServerErrors));

    public long Errors => _endpoints.Values.Sum(e => Interlocked.Read(ref e.Errors));

    public long ThrottledCount => _endpoints.Values.Sum(e => Interlocked.Read(ref e.Throttled));

    public IReadOnlyDictionary<string, EndpointStats> Endpoints => _endpoints;

    public IReadOnlyDictionary<string, long> ErrorsByKind => _errors;

    public IReadOnlyDictionary<string, long> Counters => _counters;

    public void Record(string endpoint, Outcome outcome, double ms, string? errorKind)
    {
        var stats = _endpoints.GetOrAdd(endpoint, static _ => new EndpointStats());
        stats.Count(outcome);
        if (outcome == Outcome.Throttled)
        {
            Throttled.Record(ms);
        }
        else
        {
            stats.Latency.Record(ms);
        }

        if (outcome is Outcome.Error or Outcome.ServerError && errorKind is not null)
        {
            _errors.AddOrUpdate(errorKind, 1, static (_, n) => n + 1);
        }

        var second = _seconds.GetOrAdd((int)_clock.Elapsed.TotalSeconds, static _ => new SecondStats());
        Interlocked.Increment(ref second.Requests);
        if (outcome is Outcome.Error or Outcome.ServerError)
        {
            Interlocked.Increment(ref second.Errors);
        }
        else if (outcome == Outcome.Throttled)
        {
            Interlocked.Increment(ref second.Throttled);
        }
        else
        {
            second.Latency.Record(ms);
        }
    }

    public void Increment(string counter, long by = 1) => _counters.AddOrUpdate(counter, by, (_, n) => n + by);

    public long Counter(string counter) => _counters.TryGetValue(counter, out var n) ? n : 0;

    public void Error(string kind) => _errors.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public IReadOnlyList<(int Second, SecondStats Stats)> Timeline() =>
        [.. _seconds.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value))];

    public SecondStats? Second(int second) => _seconds.TryGetValue(second, out var s) ? s : null;
}

public sealed class EndpointStats
{
    public long Ok;
    public long Tolerated;
    public long Throttled;
    public long Errors;
    public long ServerErrors;

    public LatencyHistogram Latency { get; } = new();

    public long Total => Interlocked.Read(ref Ok) + Interlocked.Read(ref Tolerated) + Interlocked.Read(ref Throttled) + Interlocked.Read(ref Errors) + Interlocked.Read(ref ServerErrors);

    public void Count(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Ok: Interlocked.Increment(ref Ok); break;
            case Outcome.Tolerated: Interlocked.Increment(ref Tolerated); break;
            case Outcome.Throttled: Interlocked.Increment(ref Throttled); break;
            case Outcome.Error: Interlocked.Increment(ref Errors); break;
            default: Interlocked.Increment(ref ServerErrors); break;
        }
    }
}

public sealed class SecondStats
{
    public long Requests;
    public long Errors;
    public long Throttled;

    public LatencyHistogram Latency { get; } = new();
}
