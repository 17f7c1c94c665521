using System.Diagnostics;
using Upjunoo.Domain.Geo;
using static Upjunoo.Bench.Measure;

namespace Upjunoo.Bench;

/// <summary>
/// Offers 10× the sustainable rate for a while: refused requests are the endpoint's 429s. Memory must stay flat,
/// and once the load stops every accepted ping must be accounted for, with each driver's last accepted position
/// findable in the index.
/// </summary>
internal static class OverloadBench
{
    public static async Task Run(BenchOptions options)
    {
        var seconds = options.Seconds > 0 ? options.Seconds : 60;
        var producers = Math.Max(2, options.Producers);
        var fleet = new BenchFleet(options.Drivers);
        var (sustainable, _) = await IngestBench.Pipeline(fleet, 3, 1, 1);
        var target = sustainable * 10;
        Console.WriteLine($"sustainable (1 producer waiting when full, 3 s): {Rate(sustainable)}; target offered: {Rate(target)} for {seconds} s with {producers} producers");

        await using var node = InProcess.Start();
        GC.Collect();
        var rssBefore = RssBytes();
        var maxRss = rssBefore;
        var start = DateTimeOffset.UtcNow;
        var runners = Enumerable.Range(0, producers).Select(p => new Producer(fleet, node.Pipeline, p, producers, 1)).ToArray();
        var clock = Stopwatch.StartNew();
        var tasks = runners
            .Select(r => Task.Factory.StartNew(() => r.Run(start, TimeSpan.FromSeconds(seconds), false, target / producers, CancellationToken.None), TaskCreationOptions.LongRunning))
            .ToArray();
        while (!Task.WhenAll(tasks).IsCompleted)
        {
            await Task.Delay(1000);
            var rss = RssBytes();
            maxRss = Math.Max(maxRss, rss);
            Console.WriteLine($"  t={clock.Elapsed.TotalSeconds,3:F0}s rss {Mb(rss)}, offered {runners.Sum(r => r.Requests):N0}, 429s {runners.Sum(r => r.Refused):N0}, accepted {node.Counters.Accepted:N0}, in index {node.Counters.Applied:N0}");
        }

        var elapsed = clock.Elapsed.TotalSeconds;
        var drained = await node.Drain(TimeSpan.FromSeconds(30));
        var rssAfter = RssBytes();
        var c = node.Counters;
        var offered = runners.Sum(r => r.Requests);
        Console.WriteLine($"offered {offered:N0} requests ({Rate(offered / elapsed)}, {offered / elapsed / sustainable:F1}× sustainable), 429s {c.RefusedRequests:N0} ({100.0 * c.RefusedRequests / offered:F1} %), accepted {c.Accepted:N0} ({Rate(c.Accepted / elapsed)})");
        Console.WriteLine($"rss before {Mb(rssBefore)}, max during {Mb(maxRss)}, after {Mb(rssAfter)}");
        Console.WriteLine($"accounting after drain ({(drained ? "drained" : "NOT drained")}): accepted {c.Accepted:N0} = applied {c.Applied:N0} + superseded {c.Superseded:N0} + out of order {c.OutOfOrder:N0} + dropped after removal {c.DroppedAfterRemoval:N0} + delivery failed {c.DeliveryFailed:N0}; in flight {c.InFlight}");

        var last = runners.SelectMany(r => r.LastAccepted).ToList();
        var missing = 0;
        foreach (var (driver, ping) in last)
        {
            var found = await node.Nearby.FindAsync(ping.Position, 1, null, 50, CancellationToken.None);
            if (!found.Any(d => d.DriverId == fleet.Ids[driver] && d.Position == ping.Position))
            {
                missing++;
            }
        }

        Console.WriteLine($"last accepted position of each of {last.Count:N0} drivers found in the index: {last.Count - missing:N0} ({(missing == 0 && c.InFlight == 0 && c.DeliveryFailed == 0 ? "OK" : "MISSING " + missing)})");
        GC.KeepAlive(default(GeoPoint));
    }
}
