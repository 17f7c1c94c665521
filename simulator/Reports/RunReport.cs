using System.Text.Json;
using System.Text.Json.Serialization;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Metrics;
using Upjunoo.Simulator.Workloads;

namespace Upjunoo.Simulator.Reports;

/// <summary>The JSON report: configuration, counts, latencies per endpoint, errors, trips, invariants, timeline, verdict.</summary>
public sealed record RunReport(
    string Scenario, string Description, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, object Config, Machine Machine,
    bool Passed, int ExitCode, IReadOnlyList<string> Failures, Phases Phases, Totals Totals,
    LatencySummary RequestToOffer, LatencySummary Throttled, IReadOnlyDictionary<string, EndpointReport> Endpoints,
    IReadOnlyDictionary<string, long> ErrorsByType, IReadOnlyDictionary<string, long> Counters,
    IReadOnlyDictionary<string, int> TripsByFinalStatus, IReadOnlyDictionary<string, int> OrdersByFinalStatus, IReadOnlyList<WorkloadNote> Workloads, IReadOnlyList<InvariantCheck> Invariants,
    IReadOnlyList<SecondReport> Timeline)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(this, Json));
    }

    public static object ConfigOf(SimulationOptions o) => new
    {
        scenario = o.Scenario.ToString().ToLowerInvariant(),
        o.Drivers,
        o.Riders,
        o.Couriers,
        o.Stores,
        o.Customers,
        orderRatePerSecond = o.EffectiveOrderRate,
        duration = Durations.Format(o.Duration),
        drain = Durations.Format(o.Drain),
        target = o.Target.ToString(),
        o.Seed,
        pingInterval = Durations.Format(o.PingInterval),
        o.AcceptProbability,
        acceptDelay = Durations.Format(o.AcceptDelay),
        requestRatePerSecond = o.EffectiveRequestRate,
        o.CancelProbability,
        o.ChooseDriverProbability,
        offers = o.Offers.ToString().ToLowerInvariant(),
        pollInterval = Durations.Format(o.PollInterval),
        o.Connections,
        o.SetupConcurrency,
        o.MaxErrorRate,
    };

    public static Dictionary<string, EndpointReport> EndpointsOf(RunStats stats) =>
        stats.Endpoints.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(
            kv => kv.Key,
            kv =>
            {
                var e = kv.Value;
                var s = e.Latency.Summary();
                return new EndpointReport(e.Total, e.Ok, e.Tolerated, e.Throttled, e.Errors, e.ServerErrors, s.P50Ms, s.P90Ms, s.P99Ms, s.MaxMs);
            },
            StringComparer.Ordinal);

    public static List<SecondReport> TimelineOf(RunStats stats) =>
        [.. stats.Timeline().Select(t => new SecondReport(t.Second, t.Stats.Requests, t.Stats.Errors, t.Stats.Throttled,
            Math.Round(t.Stats.Latency.Percentile(0.5), 2), Math.Round(t.Stats.Latency.Percentile(0.99), 2)))];
}

public sealed record Machine(int Processors, string Os, string Runtime)
{
    public static Machine Current => new(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
        System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
}

public sealed record Phases(double SetupSeconds, double RunSeconds, double DrainSeconds, double VerifySeconds);

public sealed record Totals(
    long Requests, long Ok, long Tolerated, long Throttled, long Errors, long ServerErrors, double ErrorRate, double RequestsPerSecondDuringRun);

public sealed record EndpointReport(
    long Count, long Ok, long Tolerated, long Throttled, long Errors, long ServerErrors, double P50Ms, double P90Ms, double P99Ms, double MaxMs);

public sealed record SecondReport(int Second, long Requests, long Errors, long Throttled, double P50Ms, double P99Ms);

public sealed record WorkloadNote(string Name, bool Available, string? Note);
