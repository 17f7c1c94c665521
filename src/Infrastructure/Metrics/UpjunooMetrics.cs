using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Upjunoo.Infrastructure.Metrics;

/// <summary>
/// The service's own instruments (Meter "Upjunoo"), exported at <c>/metrics</c>. Tags are low-cardinality technical
/// names (route template, entity kind, pipeline, member status): never a phone, an id, a name or a position.
/// </summary>
public sealed class UpjunooMetrics
{
    public const string MeterName = "Upjunoo";

    private static readonly InstrumentAdvice<double> Buckets = new()
    {
        HistogramBucketBoundaries = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000],
    };

    private readonly Counter<long> _pingsIngested;
    private readonly Counter<long> _tooManyRequests;
    private readonly Histogram<double> _dispatchLatency;
    private readonly UpDownCounter<long> _activeTrips;
    private readonly Histogram<double> _journalWriteLatency;
    private readonly ConcurrentDictionary<string, Func<long>> _queues = new();
    private Func<IReadOnlyDictionary<string, int>>? _clusterMembers;

    public UpjunooMetrics()
    {
        // Not from IMeterFactory and never disposed, on purpose: OpenTelemetry .NET stops exporting every Meter of a
        // name once one of them is disposed (open-telemetry/opentelemetry-dotnet#6412), which hosts started and
        // stopped in one process (tests) would trigger. A process holds one host in production, so nothing leaks.
        var meter = new Meter(MeterName);
        _pingsIngested = meter.CreateCounter<long>(
            "upjunoo.location.pings.ingested", "{ping}", "Driver location pings accepted into the pipeline");
        _tooManyRequests = meter.CreateCounter<long>(
            "upjunoo.http.too_many_requests", "{response}", "Requests answered 429 Too Many Requests, by route template");
        _dispatchLatency = meter.CreateHistogram<double>(
            "upjunoo.dispatch.latency", "ms", "From a trip request to a driver offer or to giving up", tags: null, advice: Buckets);
        _activeTrips = meter.CreateUpDownCounter<long>(
            "upjunoo.trips.active", "{trip}", "Trips between request and end (completed or cancelled) on this node");
        _journalWriteLatency = meter.CreateHistogram<double>(
            "upjunoo.journal.write.latency", "ms", "From PersistAll to its last callback, by entity kind", tags: null, advice: Buckets);
        meter.CreateObservableGauge(
            "upjunoo.pipeline.queue.depth", ObserveQueues, "{item}", "Items waiting in a bounded pipeline, by pipeline");
        meter.CreateObservableGauge(
            "upjunoo.cluster.members", ObserveMembers, "{member}", "Cluster members as this node sees them, by status");
    }

    /// <summary>Location pings accepted (not the ones refused with 429).</summary>
    public void PingsIngested(long count = 1) => _pingsIngested.Add(count);

    /// <summary>A 429 answer; <paramref name="route"/> is the route template, never the concrete path.</summary>
    public void TooManyRequests(string route) => _tooManyRequests.Add(1, new KeyValuePair<string, object?>("route", route));

    public void DispatchLatency(TimeSpan elapsed) => _dispatchLatency.Record(elapsed.TotalMilliseconds);

    public void TripStarted() => _activeTrips.Add(1);

    public void TripEnded() => _activeTrips.Add(-1);

    public void JournalWrite(string entityKind, TimeSpan elapsed) =>
        _journalWriteLatency.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("entity", entityKind));

    /// <summary>Reports a pipeline's queue depth on every scrape until the returned handle is disposed.</summary>
    public IDisposable ObserveQueueDepth(string pipeline, Func<long> depth)
    {
        _queues[pipeline] = depth;
        return new Registration(() => _queues.TryRemove(new KeyValuePair<string, Func<long>>(pipeline, depth)));
    }

    /// <summary>Reports member counts by status on every scrape (the node registers this once its actor system runs).</summary>
    public IDisposable ObserveClusterMembers(Func<IReadOnlyDictionary<string, int>> countsByStatus)
    {
        _clusterMembers = countsByStatus;
        return new Registration(() => Interlocked.CompareExchange(ref _clusterMembers, null, countsByStatus));
    }

    private IEnumerable<Measurement<long>> ObserveQueues() =>
        _queues.Select(q => new Measurement<long>(q.Value(), new KeyValuePair<string, object?>("pipeline", q.Key))).ToList();

    private IEnumerable<Measurement<int>> ObserveMembers() =>
        _clusterMembers is { } counts
            ? counts().Select(c => new Measurement<int>(c.Value, new KeyValuePair<string, object?>("status", c.Key))).ToList()
            : [];

    private sealed class Registration(Action unregister) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unregister();
            }
        }
    }
}
