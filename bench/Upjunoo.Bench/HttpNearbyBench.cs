using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Upjunoo.Bench;

/// <summary>Nearby queries over HTTP (radius 3 km) against a running host with <c>--drivers</c> online drivers in one city.</summary>
internal static class HttpNearbyBench
{
    public static async Task Run(BenchOptions options)
    {
        using var http = HttpFleet.Client(options.Target, options.Concurrency);
        var drivers = await HttpFleet.OnlineDrivers(http, options.Drivers, 32, (5.33, -4.02), 0.12);
        await Parallel.ForEachAsync(drivers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (d, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drivers/me/locations")
            {
                Content = new StringContent(
                    string.Create(CultureInfo.InvariantCulture, $"{{\"pings\":[{{\"lat\":{d.Lat:F6},\"lng\":{d.Lng:F6},\"at\":\"{DateTimeOffset.UtcNow:O}\",\"accuracyM\":5}}]}}"),
                    Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = d.Auth;
            (await http.SendAsync(request, ct)).EnsureSuccessStatusCode();
        });
        Console.WriteLine($"{drivers.Length} drivers online and indexed at {options.Target}");
        await Task.Delay(1000);
        var seconds = options.Seconds > 0 ? options.Seconds : 20;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var latencies = new List<double>[options.Concurrency];
        long found = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            var random = new Random(worker);
            var auth = drivers[worker % drivers.Length].Auth;
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var lat = 5.33 + (random.NextDouble() - 0.5) * 0.08;
                var lng = -4.02 + (random.NextDouble() - 0.5) * 0.08;
                using var request = new HttpRequestMessage(HttpMethod.Get,
                    string.Create(CultureInfo.InvariantCulture, $"/api/v1/drivers/nearby?lat={lat:F5}&lng={lng:F5}&radiusM=3000&limit=20"));
                request.Headers.Authorization = auth;
                var began = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                mine.Add(Measure.Micros(Stopwatch.GetTimestamp() - began));
                if (response.IsSuccessStatusCode && text.Contains("driverId", StringComparison.Ordinal))
                {
                    Interlocked.Increment(ref found);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        Console.WriteLine($"nearby queries: {Measure.Rate(all.Count / (double)seconds)} over {seconds} s ({found:N0} non-empty)");
        Console.WriteLine($"latency: {Measure.Percentiles(all)}");
    }
}
