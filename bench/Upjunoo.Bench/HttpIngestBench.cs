using System.Diagnostics;
using System.Net;
using System.Text;

namespace Upjunoo.Bench;

/// <summary>
/// Location ingest over HTTP against a running host (this process is the load generator): batches of
/// <c>--batch</c> pings from <c>--drivers</c> drivers, <c>--concurrency</c> requests in flight, for <c>--seconds</c>.
/// Each driver's pings are 5 ms apart and move 0.2 m (44 m/s, under the 70 m/s limit), so every ping is valid and a
/// driver's clock never runs ahead of real time.
/// </summary>
internal static class HttpIngestBench
{
    public static async Task Run(BenchOptions options)
    {
        using var http = HttpFleet.Client(options.Target, options.Concurrency);
        var drivers = await HttpFleet.OnlineDrivers(http, options.Drivers, 32, (5.33, -4.02), 0.1);
        Console.WriteLine($"{drivers.Length} drivers online at {options.Target}; batches of {options.Batch}, {options.Concurrency} in flight");
        var clocks = drivers.Select(_ => DateTimeOffset.UtcNow.AddSeconds(-1)).ToArray();
        var seconds = options.Seconds > 0 ? options.Seconds : 30;
        var stopAt = Stopwatch.GetTimestamp() + (long)(seconds * Stopwatch.Frequency);
        var latencies = new List<double>[options.Concurrency];
        long accepted = 0, refused = 0, failed = 0, next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            var mine = latencies[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt)
            {
                var i = (int)(Interlocked.Increment(ref next) % drivers.Length);
                var driver = drivers[i];
                string body;
                lock (driver)
                {
                    var start = clocks[i] > DateTimeOffset.UtcNow.AddSeconds(-2) ? clocks[i] : DateTimeOffset.UtcNow.AddSeconds(-2);
                    body = Body(driver, start, options.Batch);
                    clocks[i] = start.AddMilliseconds(5 * options.Batch);
                }

                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/drivers/me/locations")
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.Authorization = driver.Auth;
                var began = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request);
                var answer = await response.Content.ReadAsStringAsync();
                mine.Add(Measure.Micros(Stopwatch.GetTimestamp() - began));
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    Interlocked.Add(ref accepted, AcceptedCount(answer));
                }
                else if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Interlocked.Increment(ref refused);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }));
        var all = latencies.SelectMany(l => l).ToList();
        Console.WriteLine($"requests: {all.Count:N0} in {seconds} s ({Measure.Rate(all.Count / (double)seconds)}); 429: {refused:N0}; other failures: {failed:N0}");
        Console.WriteLine($"pings accepted: {Measure.Rate(accepted / (double)seconds)}");
        Console.WriteLine($"request latency: {Measure.Percentiles(all)}");
    }

    private static int AcceptedCount(string answer)
    {
        var at = answer.IndexOf("\"accepted\":", StringComparison.Ordinal) + 11;
        var end = at;
        while (end < answer.Length && char.IsAsciiDigit(answer[end]))
        {
            end++;
        }

        return int.Parse(answer.AsSpan(at, end - at), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Body(HttpFleet.Driver driver, DateTimeOffset start, int count)
    {
        var text = new StringBuilder("{\"pings\":[");
        for (var k = 0; k < count; k++)
        {
            var at = start.AddMilliseconds(5 * k);
            text.Append(k == 0 ? "" : ",")
                .Append("{\"lat\":").Append((driver.Lat + k * 0.000002).ToString("F7", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"lng\":").Append(driver.Lng.ToString("F7", System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"at\":\"").Append(at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\",\"accuracyM\":5}");
        }

        return text.Append("]}").ToString();
    }
}
