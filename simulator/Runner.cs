using System.Diagnostics;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Display;
using Upjunoo.Simulator.Metrics;
using Upjunoo.Simulator.Reports;
using Upjunoo.Simulator.Workloads;

namespace Upjunoo.Simulator;

/// <summary>
/// One run: check the target, sign the population in, run the traffic for the duration, drain what is under way, audit,
/// report. Exit code 0 when it passed, 1 when a check failed (any 5xx, a broken invariant, error rate above the limit),
/// 2 when it could not run (target unreachable, not in Development, nobody could sign in).
/// </summary>
public sealed class Runner(SimulationOptions options)
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int CannotRun = 2;

    private volatile string _phase = "starting";

    public async Task<int> Run(CancellationToken cancel)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var stats = new RunStats();
        using var client = new HostClient(options.Target, options.Connections, stats);
        if (!await TargetReady(client, cancel))
        {
            return CannotRun;
        }

        var ledger = new TripLedger(stats);
        var ctx = new AgentContext(options, client, ledger);
        var workloads = Scenario.Workloads(options, ctx);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        using var requestsStop = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
        using var displayStop = new CancellationTokenSource();
        var display = new LiveDisplay(stats, ledger, ctx.Orders, () => _phase, options.Plain);
        var displayTask = display.Run(displayStop.Token);

        _phase = "setup";
        Console.WriteLine($"Upjunoo simulator: {options.Scenario.ToString().ToLowerInvariant()} against {options.Target} — {Scenario.Describe(options.Scenario)}");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workloads.Select(w => w.Prepare(stop.Token)));
        var setup = clock.Elapsed;
        var signedIn = stats.Counter("drivers signed in");
        if (options.Drivers > 0 && workloads.Any(w => w is RideWorkload) && signedIn == 0)
        {
            await displayStop.CancelAsync();
            await displayTask;
            Console.Error.WriteLine("No driver could sign in: is the target running in Development (dev outbox, auto-approval)? See errors:");
            foreach (var (kind, count) in stats.ErrorsByKind)
            {
                Console.Error.WriteLine($"  {count} × {kind}");
            }

            return CannotRun;
        }

        _phase = "run";
        var runs = workloads.Where(w => w.Available).Select(w => w.Run(requestsStop.Token, stop.Token)).ToList();
        await Delay(options.Duration, cancel);
        var run = clock.Elapsed - setup;
        await requestsStop.CancelAsync();

        _phase = "drain";
        var drainClock = Stopwatch.StartNew();
        while (drainClock.Elapsed < options.Drain && !cancel.IsCancellationRequested && !workloads.All(w => w.Idle))
        {
            await Delay(TimeSpan.FromMilliseconds(500), cancel);
        }

        await stop.CancelAsync();
        await Task.WhenAll(runs);
        var drain = drainClock.Elapsed;

        _phase = "verify";
        var verifyClock = Stopwatch.StartNew();
        var reports = new List<WorkloadReport>();
        foreach (var workload in workloads)
        {
            reports.Add(await workload.Verify(CancellationToken.None));
        }

        await displayStop.CancelAsync();
        await displayTask;
        var report = Judge(options, stats, reports, startedAt, new Phases(Round(setup), Round(run), Round(drain), Round(verifyClock.Elapsed)));
        Print(report);
        if (options.ReportPath is { Length: > 0 } reportPath)
        {
            report.Write(reportPath);
            Console.WriteLine($"report: {Path.GetFullPath(reportPath)}");
        }

        if (options.PlotPath is { Length: > 0 } plotPath)
        {
            PlotWriter.Write(plotPath, stats, $"Upjunoo simulator — {report.Scenario}, {options.Drivers} drivers, {options.Riders} riders"
                + (workloads.Any(w => w is DeliveryWorkload { Available: true }) ? $", {options.Couriers} couriers, {options.Stores} stores, {options.Customers} customers" : ""));
            Console.WriteLine($"plot: {Path.GetFullPath(plotPath)}");
        }

        return report.ExitCode;
    }

    private static RunReport Judge(SimulationOptions options, RunStats stats, List<WorkloadReport> workloads, DateTimeOffset startedAt, Phases phases)
    {
        var requests = stats.Requests;
        var errors = stats.Errors + stats.ServerErrors;
        var errorRate = requests == 0 ? 0 : (double)errors / requests;
        var invariants = workloads.SelectMany(w => w.Checks).Concat(Scenario.Checks(options, stats)).ToList();
        var failures = new List<string>();
        if (stats.ServerErrors > 0)
        {
            failures.Add($"{stats.ServerErrors} server errors (5xx)");
        }

        failures.AddRange(invariants.Where(i => !i.Passed).Select(i => $"invariant broken: {i.Name} — {i.Detail}"));
        if (errorRate > options.MaxErrorRate)
        {
            failures.Add($"error rate {errorRate:P3} above the limit {options.MaxErrorRate:P3} ({errors} of {requests} requests; 429s are not errors)");
        }

        var endpoints = RunReport.EndpointsOf(stats);
        var runRequests = stats.Timeline().Where(t => t.Second >= phases.SetupSeconds && t.Second < phases.SetupSeconds + phases.RunSeconds).Sum(t => t.Stats.Requests);
        static Dictionary<string, int> StatusesOf(IEnumerable<WorkloadReport> reports) =>
            reports.SelectMany(w => w.FinalStatuses).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value), StringComparer.Ordinal);
        var statuses = StatusesOf(workloads.Where(w => w.Name != "deliveries"));
        var orders = StatusesOf(workloads.Where(w => w.Name == "deliveries"));
        return new RunReport(
            options.Scenario.ToString().ToLowerInvariant(), Scenario.Describe(options.Scenario), startedAt, DateTimeOffset.UtcNow,
            RunReport.ConfigOf(options), Machine.Current, failures.Count == 0, failures.Count == 0 ? Passed : Failed, failures, phases,
            new Totals(requests, endpoints.Values.Sum(e => e.Ok), endpoints.Values.Sum(e => e.Tolerated), stats.ThrottledCount, stats.Errors,
                stats.ServerErrors, Math.Round(errorRate, 6), phases.RunSeconds > 0 ? Math.Round(runRequests / phases.RunSeconds, 1) : 0),
            stats.RequestToOffer.Summary(), stats.Throttled.Summary(), endpoints,
            stats.ErrorsByKind.OrderByDescending(kv => kv.Value).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            stats.Counters.Where(kv => !kv.Key.StartsWith("gauge:", StringComparison.Ordinal)).OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            statuses, orders, [.. workloads.Select(w => new WorkloadNote(w.Name, w.Available, w.Note))], invariants, RunReport.TimelineOf(stats));
    }

    private static void Print(RunReport report)
    {
        Console.WriteLine();
        Console.WriteLine($"== {report.Scenario}: {(report.Passed ? "PASSED" : "FAILED")} (exit {report.ExitCode})");
        Console.WriteLine($"phases: setup {report.Phases.SetupSeconds}s, run {report.Phases.RunSeconds}s, drain {report.Phases.DrainSeconds}s, verify {report.Phases.VerifySeconds}s");
        var t = report.Totals;
        Console.WriteLine($"requests {t.Requests} (ok {t.Ok}, tolerated {t.Tolerated}, 429 {t.Throttled}, errors {t.Errors}, 5xx {t.ServerErrors}), error rate {t.ErrorRate:P3}, {t.RequestsPerSecondDuringRun} req/s during the run");
        Console.WriteLine($"request→offer: {Describe(report.RequestToOffer)}");
        if (report.Throttled.Count > 0)
        {
            Console.WriteLine($"429 answers: {Describe(report.Throttled)}");
        }

        foreach (var (name, e) in report.Endpoints)
        {
            Console.WriteLine($"  {name,-38} {e.Count,9} calls  p50 {e.P50Ms,8} ms  p90 {e.P90Ms,8} ms  p99 {e.P99Ms,8} ms  max {e.MaxMs,9} ms  errors {e.Errors + e.ServerErrors}");
        }

        Console.WriteLine($"trips by final status: {string.Join(", ", report.TripsByFinalStatus.Select(kv => $"{kv.Key} {kv.Value}"))}");
        if (report.OrdersByFinalStatus.Count > 0)
        {
            Console.WriteLine($"orders by final status: {string.Join(", ", report.OrdersByFinalStatus.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}"))}");
        }
        foreach (var w in report.Workloads.Where(w => w.Note is not null))
        {
            Console.WriteLine($"{w.Name}: {w.Note}");
        }

        foreach (var i in report.Invariants)
        {
            Console.WriteLine($"[{(i.Passed ? "ok" : "BROKEN")}] {i.Name}: {i.Detail}");
        }

        foreach (var (kind, count) in report.ErrorsByType.Take(10))
        {
            Console.WriteLine($"  error × {count}: {kind}");
        }

        foreach (var failure in report.Failures)
        {
            Console.WriteLine($"FAIL: {failure}");
        }
    }

    private static string Describe(LatencySummary s) => $"{s.Count} samples, p50 {s.P50Ms} ms, p90 {s.P90Ms} ms, p99 {s.P99Ms} ms, max {s.MaxMs} ms";

    private static async Task<bool> TargetReady(HostClient client, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var ready = await client.Send<Unit>("GET /readyz", HttpMethod.Get, "/readyz", null, null, ct, new HashSet<int> { 503 });
            if (ready.Ok)
            {
                return true;
            }

            if (DateTime.UtcNow > deadline)
            {
                Console.Error.WriteLine($"The target {client.Target} is not ready (GET /readyz answered {(ready.Status == 0 ? "nothing" : ready.Status)}).");
                return false;
            }

            await Task.Delay(1000, ct);
        }
    }

    private static async Task Delay(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static double Round(TimeSpan t) => Math.Round(t.TotalSeconds, 1);
}
