using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Rides;

/// <summary>R33: 200 simultaneous ride requests against 50 drivers; no driver is ever in two active trips.</summary>
public sealed class ConcurrencySpec : IDisposable
{
    private const int Drivers = 50;
    private const int Riders = 200;
    private static readonly (double Lat, double Lng) Center = (5.3450, -4.0100);
    private readonly UpjunooFactory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Two_hundred_simultaneous_requests_never_give_a_driver_two_active_trips()
    {
        var drivers = await Task.WhenAll(Enumerable.Range(0, Drivers).Select(i =>
            Partners.OnlineDriver(_host, Center.Lat + (i % 10) * 0.0008, Center.Lng + (i / 10) * 0.0008, $"Driver{i} Test")));
        var riders = await Task.WhenAll(Enumerable.Range(0, Riders).Select(i => Partners.Customer(_host, $"Rider{i} Test")));
        using var stop = new CancellationTokenSource();
        var served = new ConcurrentBag<string>();
        var driving = drivers.Select((d, i) => Drive(d, i, served, stop.Token)).ToList();

        var tripIds = await Task.WhenAll(riders.Select(async (rider, i) =>
        {
            var body = new
            {
                pickup = new { lat = Center.Lat + (i % 20) * 0.0004, lng = Center.Lng - (i / 20) * 0.0004 },
                dropoff = new { lat = Center.Lat + 0.02, lng = Center.Lng + 0.02 },
                service = "standard",
                paymentMethod = new { kind = "cash" },
            };
            return (Rider: rider, TripId: (await (await rider.Client.PostAsJsonAsync("/api/v1/trips", body)).Json())["tripId"]!.GetValue<string>());
        }));

        var trips = await Partners.Eventually(
            () => Task.WhenAll(tripIds.Select(t => t.Rider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/trips/{t.TripId}"))),
            all => all.All(t => t!["status"]!.GetValue<string>() is "completed" or "noDriverFound" or "cancelled"),
            TimeSpan.FromSeconds(120));
        await stop.CancelAsync();
        await Task.WhenAll(driving);

        Assert.Equal(Riders, trips.Length);
        Assert.All(trips, t => Assert.Contains(t!["status"]!.GetValue<string>(), new[] { "completed", "noDriverFound" }));
        Assert.True(trips.Count(t => t!["status"]!.GetValue<string>() == "completed") >= Drivers, "most drivers should have served at least one ride");
        foreach (var byDriver in trips.Where(t => t!["driver"] is not null).GroupBy(t => t!["driver"]!["driverId"]!.GetValue<string>()))
        {
            var intervals = byDriver
                .Select(t => (Start: At(t!, "driverAssigned"), End: At(t!, "completed")))
                .OrderBy(i => i.Start)
                .ToList();
            for (var i = 1; i < intervals.Count; i++)
            {
                Assert.True(intervals[i].Start >= intervals[i - 1].End, $"driver {byDriver.Key} had two active trips at {intervals[i].Start:O}");
            }
        }
    }

    private static DateTimeOffset At(JsonObject trip, string status) =>
        trip["timeline"]!.AsArray().Where(e => e!["status"]!.GetValue<string>() == status).Select(e => e!["at"]!.GetValue<DateTimeOffset>()).First();

    /// <summary>A driver app: pings, takes whatever is offered, drives it to completion, pings again.</summary>
    private static async Task Drive(Person driver, int index, ConcurrentBag<string> served, CancellationToken stop)
    {
        var position = (Lat: Center.Lat + (index % 10) * 0.0008, Lng: Center.Lng + (index / 10) * 0.0008);
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var offers = await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers", stop);
                if (offers!.FirstOrDefault()?["id"]?.GetValue<string>() is { } tripId
                    && (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null, stop)).IsSuccessStatusCode)
                {
                    foreach (var step in new[] { "arrived", "start", "complete" })
                    {
                        await Step(driver, $"/api/v1/trips/{tripId}/{step}", stop);
                    }

                    served.Add(tripId);
                }

                await driver.Client.PostAsJsonAsync("/api/v1/drivers/me/locations", new
                {
                    pings = new[] { new { lat = position.Lat, lng = position.Lng, at = DateTimeOffset.UtcNow, accuracyM = 10 } },
                }, stop);
                await Task.Delay(200, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (HttpRequestException) when (stop.IsCancellationRequested)
            {
                // Stopped mid-request: the test server may answer 499 (client closed) before the client sees the cancellation.
                return;
            }
        }
    }

    /// <summary>
    /// A driver action, retried like an app would when the host is momentarily saturated (503 + Retry-After on a busy
    /// 2-core machine); a 409 means the step already happened. The invariants, not each call, are what the test checks.
    /// </summary>
    private static async Task Step(Person driver, string path, CancellationToken stop)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var response = await driver.Client.PostAsync(path, null, stop);
            if (response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.Conflict)
            {
                return;
            }

            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(500, stop);
        }
    }
}
