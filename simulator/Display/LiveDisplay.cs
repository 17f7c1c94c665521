using Spectre.Console;
using Spectre.Console.Rendering;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Display;

/// <summary>
/// The live view: a Spectre.Console dashboard refreshed every second on a terminal; a plain line every 5 s when the
/// output is redirected (CI logs).
/// </summary>
public sealed class LiveDisplay(RunStats stats, TripLedger ledger, OrderLedger orders, Func<string> phase, bool plain)
{
    private long _lastRequests;
    private TimeSpan _lastAt;

    public static bool Interactive(bool plain) => !plain && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public async Task Run(CancellationToken ct)
    {
        try
        {
            if (Interactive(plain))
            {
                await AnsiConsole.Live(Render()).AutoClear(false).StartAsync(async live =>
                {
                    while (!ct.IsCancellationRequested)
                    {
                        await Task.Delay(1000, ct).ContinueWith(_ => { }, TaskScheduler.Default);
                        live.UpdateTarget(Render());
                    }
                });
            }
            else
            {
                while (!ct.IsCancellationRequested)
                {
                    await Task.Delay(5000, ct);
                    Console.WriteLine(PlainLine());
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private double RequestsPerSecond()
    {
        var now = stats.Elapsed;
        var requests = stats.Requests;
        var rate = now > _lastAt ? (requests - _lastRequests) / (now - _lastAt).TotalSeconds : 0;
        (_lastRequests, _lastAt) = (requests, now);
        return rate;
    }

    public string PlainLine()
    {
        var offer = stats.RequestToOffer.Summary();
        var trips = string.Join(" ", ledger.ByStatus().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        var orderCounts = string.Join(" ", orders.ByStatus().OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"));
        return $"[{stats.Elapsed:mm\\:ss}] {phase()} drivers={stats.Counter("gauge:drivers online")} riders-on-trip={stats.Counter("gauge:riders on a trip")} " +
               $"req/s={RequestsPerSecond():0} requests={stats.Requests} errors={stats.Errors + stats.ServerErrors} 5xx={stats.ServerErrors} 429={stats.ThrottledCount} " +
               $"offer-p99={offer.P99Ms}ms trips: {trips}" + (orderCounts.Length > 0 ? $" | couriers={stats.Counter("gauge:couriers online")} orders: {orderCounts}" : "");
    }

    private IRenderable Render()
    {
        var offer = stats.RequestToOffer.Summary();
        var overview = new Table().Border(TableBorder.Rounded).Title("Upjunoo simulator").AddColumns("phase", "elapsed", "drivers online", "hub", "riders on a trip", "req/s", "requests", "errors", "5xx", "429", "request→offer p50/p99");
        overview.AddRow(Cells(phase(), $"{stats.Elapsed:hh\\:mm\\:ss}", $"{stats.Counter("gauge:drivers online")}", $"{stats.Counter("gauge:hub connections")}",
            $"{stats.Counter("gauge:riders on a trip")}", $"{RequestsPerSecond():0}", $"{stats.Requests}", $"{stats.Errors + stats.ServerErrors}", $"{stats.ServerErrors}",
            $"{stats.ThrottledCount}", $"{offer.P50Ms} / {offer.P99Ms} ms ({offer.Count})"));

        var trips = new Table().Border(TableBorder.Simple).Title("trips and orders by status").AddColumns("status", "count");
        foreach (var (status, count) in ledger.ByStatus().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            trips.AddRow(Cells(status, $"{count}"));
        }

        foreach (var (status, count) in orders.ByStatus().OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            trips.AddRow(Cells($"order {status}", $"{count}"));
        }

        var endpoints = new Table().Border(TableBorder.Simple).Title("latency per endpoint (ms)").AddColumns("endpoint", "calls", "p50", "p99", "max", "errors", "429");
        foreach (var (name, e) in stats.Endpoints.OrderByDescending(kv => kv.Value.Total).Take(16))
        {
            var s = e.Latency.Summary();
            endpoints.AddRow(Cells(name, $"{e.Total}", $"{s.P50Ms}", $"{s.P99Ms}", $"{s.MaxMs}", $"{e.Errors + e.ServerErrors}", $"{e.Throttled}"));
        }

        var errors = new Table().Border(TableBorder.Simple).Title("errors by type").AddColumns("error", "count");
        foreach (var (kind, count) in stats.ErrorsByKind.OrderByDescending(kv => kv.Value).Take(8))
        {
            errors.AddRow(Cells(kind.Length > 110 ? kind[..110] + "…" : kind, $"{count}"));
        }

        return new Rows(overview, new Columns(trips, endpoints), errors);
    }

    private static IRenderable[] Cells(params string[] values) => [.. values.Select(v => (IRenderable)new Text(v))];
}
