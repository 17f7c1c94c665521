using System.Diagnostics;
using StackExchange.Redis;
using static Upjunoo.Bench.Measure;

namespace Upjunoo.Bench;

/// <summary>
/// The same workloads against Redis GEO on loopback: ingest as pipelined GEOADD batches (no validation, no
/// conflation, no profiles), nearby as GEOSEARCH … BYRADIUS … ASC COUNT 20 WITHDIST (ids and distances only:
/// showing the cards would need a further HMGET per query). Both simplifications favour Redis.
/// </summary>
internal static class RedisBench
{
    private const int BatchSize = 1_000;
    private const int InFlight = 8;

    public static async Task Run(BenchOptions options)
    {
        using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{options.RedisPort},abortConnect=false,connectTimeout=2000");
        if (!redis.IsConnected)
        {
            Console.Error.WriteLine($"no redis-server on 127.0.0.1:{options.RedisPort}: start one with `redis-server --port {options.RedisPort} --save '' --daemonize no &`");
            return;
        }

        var db = redis.GetDatabase();
        var server = redis.GetServer("127.0.0.1", options.RedisPort);
        Console.WriteLine($"redis {server.Version} on 127.0.0.1:{options.RedisPort}");
        var seconds = options.Seconds > 0 ? options.Seconds : 10;

        var fleet = new BenchFleet(options.Drivers);
        var redisIngest = await Ingest(db, fleet, seconds);
        var oursIndex = IngestBench.ValidateAndIndex(fleet);
        var (oursPipeline, _) = await IngestBench.Pipeline(fleet, seconds, 1, options.Producers);
        Console.WriteLine($"ingest, {fleet.Count:N0} drivers: redis GEOADD (batches of {BatchSize}, {InFlight} in flight) {Rate(redisIngest)}");
        Console.WriteLine($"  ours, validate + geohash + RegionIndex (1 thread): {Rate(oursIndex)} → ratio ours/redis {oursIndex / redisIngest:F1}×");
        Console.WriteLine($"  ours, full pipeline with actors, 1 ping/request:   {Rate(oursPipeline)} → ratio ours/redis {oursPipeline / redisIngest:F1}×");

        foreach (var drivers in new[] { 10_000, 50_000 })
        {
            var city = new BenchFleet(drivers);
            var key = (RedisKey)$"bench:drivers:{drivers}";
            await db.KeyDeleteAsync(key);
            var now = DateTimeOffset.UtcNow;
            foreach (var chunk in Enumerable.Range(0, drivers).Chunk(BatchSize))
            {
                await db.GeoAddAsync(key, chunk.Select(i => Entry(city, i, 0)).ToArray());
            }

            var redisTimes = await Search(db, key, city, 2_000);
            var direct = NearbyBench.Direct(city, 5_000);
            var actors = await NearbyBench.ViaActors(city, 2_000);
            Console.WriteLine($"nearby, {drivers:N0} drivers, {NearbyBench.RadiusM} m, {NearbyBench.Limit} nearest:");
            Console.WriteLine($"  redis GEOSEARCH (1 connection, sequential): {Percentiles(redisTimes)}");
            Console.WriteLine($"  ours RegionIndex direct:                    {Percentiles(direct)}");
            Console.WriteLine($"  ours via region actors:                     {Percentiles(actors)}");
            Console.WriteLine($"  p50 ratio redis/ours (higher = ours faster): direct {Median(redisTimes) / Median(direct):F1}×, actors {Median(redisTimes) / Median(actors):F1}×");
            await db.KeyDeleteAsync(key);
        }
    }

    private static async Task<double> Ingest(IDatabase db, BenchFleet fleet, int seconds)
    {
        const string key = "bench:ingest";
        await db.KeyDeleteAsync(key);
        var clock = Stopwatch.StartNew();
        var pending = new Queue<Task>();
        long written = 0;
        var driver = 0;
        var batch = new GeoEntry[BatchSize];
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            var t = clock.Elapsed.TotalSeconds;
            for (var k = 0; k < BatchSize; k++)
            {
                batch[k] = Entry(fleet, driver, t);
                driver = (driver + 1) % fleet.Count;
            }

            pending.Enqueue(db.GeoAddAsync(key, (GeoEntry[])batch.Clone()));
            written += BatchSize;
            if (pending.Count >= InFlight)
            {
                await pending.Dequeue();
            }
        }

        await Task.WhenAll(pending);
        var rate = written / clock.Elapsed.TotalSeconds;
        await db.KeyDeleteAsync(key);
        return rate;
    }

    private static async Task<List<double>> Search(IDatabase db, RedisKey key, BenchFleet fleet, int queries)
    {
        var random = new Random(7);
        var timings = new List<double>(queries);
        for (var q = 0; q < queries + 200; q++)
        {
            var center = fleet.RandomCenter(random);
            var t = Stopwatch.GetTimestamp();
            var found = await db.GeoSearchAsync(key, center.Lng, center.Lat, new GeoSearchCircle(NearbyBench.RadiusM, GeoUnit.Meters), NearbyBench.Limit, true, Order.Ascending, GeoRadiusOptions.WithDistance);
            if (q >= 200)
            {
                timings.Add(Micros(Stopwatch.GetTimestamp() - t));
            }

            GC.KeepAlive(found);
        }

        return timings;
    }

    private static GeoEntry Entry(BenchFleet fleet, int i, double seconds)
    {
        var p = fleet.Position(i, seconds);
        return new GeoEntry(p.Lng, p.Lat, fleet.Ids[i]);
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];
}
