using System.Diagnostics;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;
using static Upjunoo.Bench.Measure;

namespace Upjunoo.Bench;

internal static class NearbyBench
{
    public const double RadiusM = 3_000;
    public const int Limit = 20;

    public static async Task Run(BenchOptions options)
    {
        foreach (var drivers in new[] { 10_000, 50_000 })
        {
            var fleet = new BenchFleet(drivers);
            Console.WriteLine($"{drivers:N0} online drivers in a 12 km disk around Abidjan, radius {RadiusM} m, limit {Limit}:");
            Console.WriteLine($"  RegionIndex direct (cover + per-cell scan + rank): {Percentiles(Direct(fleet, 5_000))}");
            Console.WriteLine($"  via region actors (NearbyQuery, parallel asks):   {Percentiles(await ViaActors(fleet, 2_000))}");
        }
    }

    public static List<double> Direct(BenchFleet fleet, int queries)
    {
        var now = DateTimeOffset.UtcNow;
        var regions = new Dictionary<string, RegionIndex>(StringComparer.Ordinal);
        for (var i = 0; i < fleet.Count; i++)
        {
            var e = fleet.Envelope(i, 0, now, 6);
            if (!regions.TryGetValue(e.Cell, out var index))
            {
                regions[e.Cell] = index = new RegionIndex();
            }

            index.Upsert(e);
        }

        var random = new Random(7);
        var timings = new List<double>(queries);
        var found = 0L;
        for (var q = 0; q < queries + 500; q++)
        {
            var center = fleet.RandomCenter(random);
            var t = Stopwatch.GetTimestamp();
            var candidates = new List<NearbyDriver>();
            foreach (var cell in Geohash.CellsCovering(center, RadiusM, 6))
            {
                if (regions.TryGetValue(cell, out var index))
                {
                    candidates.AddRange(index.Query(center, RadiusM, null, Limit));
                }
            }

            found += NearbyRanking.Rank(candidates, Limit).Count;
            if (q >= 500)
            {
                timings.Add(Micros(Stopwatch.GetTimestamp() - t));
            }
        }

        GC.KeepAlive(found);
        return timings;
    }

    public static async Task<List<double>> ViaActors(BenchFleet fleet, int queries)
    {
        await using var node = InProcess.Start();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < fleet.Count; i++)
        {
            while (node.Pipeline.TryOffer(fleet.Ids[i], fleet.Cards[i], [fleet.Ping(i, 0, now)]).IsFull)
            {
                await Task.Delay(1);
            }
        }

        await node.Drain(TimeSpan.FromSeconds(30));
        var random = new Random(7);
        var timings = new List<double>(queries);
        for (var q = 0; q < queries + 200; q++)
        {
            var center = fleet.RandomCenter(random);
            var t = Stopwatch.GetTimestamp();
            var found = await node.Nearby.FindAsync(center, RadiusM, null, Limit, CancellationToken.None);
            if (q >= 200)
            {
                timings.Add(Micros(Stopwatch.GetTimestamp() - t));
            }

            if (found.Count == 0)
            {
                Console.WriteLine($"  WARNING: nobody near {center}");
            }
        }

        return timings;
    }

    public static GeoPoint Center(Random random, BenchFleet fleet) => fleet.RandomCenter(random);
}
