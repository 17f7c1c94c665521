using System.Diagnostics;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;
using static Upjunoo.Bench.Measure;

namespace Upjunoo.Bench;

internal static class IngestBench
{
    public static async Task Run(BenchOptions options)
    {
        var fleet = new BenchFleet(options.Drivers);
        var seconds = options.Seconds > 0 ? options.Seconds : 10;
        Console.WriteLine($"fleet: {fleet.Count:N0} drivers around Abidjan, precision 6 cells");
        Console.WriteLine($"RegionIndex alone (upsert of prepared envelopes, one thread): {Rate(IndexOnly(fleet))}");
        Console.WriteLine($"validate + geohash + RegionIndex (one thread, no stream, no actors): {Rate(ValidateAndIndex(fleet))}");
        foreach (var pings in new[] { 1, 10, 100 })
        {
            var (accepted, applied) = await Pipeline(fleet, seconds, pings, options.Producers);
            Console.WriteLine($"full pipeline, {pings} ping(s)/request, {options.Producers} producer(s): accepted {Rate(accepted)}, index updates {Rate(applied)} (the rest superseded by a newer ping of the same driver)");
        }
    }

    public static double IndexOnly(BenchFleet fleet)
    {
        var now = DateTimeOffset.UtcNow;
        const int rounds = 20;
        var envelopes = new PingEnvelope[fleet.Count * rounds];
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < fleet.Count; i++)
            {
                envelopes[(r * fleet.Count) + i] = fleet.Envelope(i, r, now.AddSeconds(r), 6);
            }
        }

        var regions = new Dictionary<string, RegionIndex>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < 5; pass++)
        {
            foreach (var e in envelopes)
            {
                if (!regions.TryGetValue(e.Cell, out var index))
                {
                    regions[e.Cell] = index = new RegionIndex();
                }

                index.Upsert(e);
            }
        }

        return 5.0 * envelopes.Length / clock.Elapsed.TotalSeconds;
    }

    public static double ValidateAndIndex(BenchFleet fleet)
    {
        var start = DateTimeOffset.UtcNow;
        var regions = new Dictionary<string, RegionIndex>(StringComparer.Ordinal);
        var last = new LocationPing?[fleet.Count];
        var count = 0L;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < 3000)
        {
            for (var i = 0; i < fleet.Count; i++)
            {
                var now = start + clock.Elapsed;
                var ping = fleet.Ping(i, clock.Elapsed.TotalSeconds, now);
                if (!PingValidator.Validate(ping, last[i], now).IsAccepted)
                {
                    continue;
                }

                last[i] = ping;
                var cell = Geohash.Encode(ping.Position, 6);
                if (!regions.TryGetValue(cell, out var index))
                {
                    regions[cell] = index = new RegionIndex();
                }

                index.Upsert(new PingEnvelope(fleet.Ids[i], fleet.Cards[i], ping, now, cell, 1, 0));
                count++;
            }
        }

        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Producers wait when the pipeline is full: the accepted rate is the sustainable one.</summary>
    public static async Task<(double Accepted, double Applied)> Pipeline(BenchFleet fleet, int seconds, int pingsPerRequest, int producers)
    {
        await using var node = InProcess.Start();
        var start = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var threads = Enumerable.Range(0, producers)
            .Select(p => new Producer(fleet, node.Pipeline, p, producers, pingsPerRequest))
            .Select(p => Task.Factory.StartNew(() => p.Run(start, TimeSpan.FromSeconds(seconds), true, 0, CancellationToken.None), TaskCreationOptions.LongRunning))
            .ToArray();
        await Task.WhenAll(threads);
        var drained = await node.Drain(TimeSpan.FromSeconds(30));
        var elapsed = clock.Elapsed.TotalSeconds;
        if (!drained || node.Counters.DeliveryFailed > 0)
        {
            Console.WriteLine($"  WARNING: in flight {node.Counters.InFlight}, delivery failed {node.Counters.DeliveryFailed}");
        }

        return (node.Counters.Accepted / elapsed, node.Counters.Applied / elapsed);
    }
}
