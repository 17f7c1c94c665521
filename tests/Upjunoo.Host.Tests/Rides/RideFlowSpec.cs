using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Rides;

public sealed class RideFlowSpec(RideFlowSpec.Host host) : IClassFixture<RideFlowSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private HubConnection Hub(Person person)
    {
        var token = person.Client.DefaultRequestHeaders.Authorization!.Parameter;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
    }

    private static object Trip((double Lat, double Lng) from, string? chosen = null) => new
    {
        pickup = new { lat = from.Lat, lng = from.Lng, address = "Avenue Chardy, Plateau" },
        dropoff = new { lat = 5.3600, lng = -3.9900, address = "Cocody" },
        service = "standard",
        paymentMethod = new { kind = "cash" },
        chosenDriverId = chosen,
    };

    [Fact]
    public async Task A_ride_goes_from_request_to_receipt_and_ratings_with_live_offer_and_updates()
    {
        var (lat, lng) = (5.3364, -4.0267);
        var driver = await Partners.OnlineDriver(host, lat + 0.002, lng + 0.001, "Koffi Yao");
        var rider = await Partners.Customer(host, "Awa Koné");
        var offers = new List<JsonElement>();
        var updates = new List<JsonElement>();
        await using var driverHub = Hub(driver);
        await using var riderHub = Hub(rider);
        driverHub.On<JsonElement>("offer", o => { lock (offers) { offers.Add(o); } });
        riderHub.On<JsonElement>("tripUpdated", u => { lock (updates) { updates.Add(u); } });
        await driverHub.StartAsync();
        await riderHub.StartAsync();

        var nearby = await Partners.Eventually(
            async () => await rider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/drivers/nearby?lat={lat}&lng={lng}&radiusM=3000"),
            n => n!["drivers"]!.AsArray().Any(d => d!["driverId"]!.GetValue<string>() == driver.Id));
        var created = await rider.Client.PostAsJsonAsync("/api/v1/trips", Trip((lat, lng)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tripId = (await created.Json())["tripId"]!.GetValue<string>();

        var offered = await Partners.Eventually(
            async () => await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        Assert.Equal(tripId, offered![0]!["id"]!.GetValue<string>());
        Assert.Equal("Awa", offered[0]!["customerFirstName"]!.GetValue<string>());
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null)).Json();
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/arrived", null)).Json();
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/start", null)).Json();
        var completed = await (await driver.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/complete", new { distanceM = 7200, durationSeconds = 1100 })).Json();
        rider.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var receipt = await (await rider.Client.GetAsync($"/api/v1/trips/{tripId}/receipt")).Json();
        await (await rider.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/rating", new { stars = 5, comment = "Très bien" })).Json();
        await (await driver.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/rating", new { stars = 4 })).Json();
        var twice = await rider.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/rating", new { stars = 1 });

        Assert.Equal("Koffi", nearby!["drivers"]!.AsArray().First(d => d!["driverId"]!.GetValue<string>() == driver.Id)!["firstName"]!.GetValue<string>());
        Assert.Equal("completed", completed["status"]!.GetValue<string>());
        Assert.Equal("XOF", completed["fare"]!["currency"]!.GetValue<string>());
        Assert.Equal(["requested", "dispatching", "driverAssigned", "driverArrived", "inProgress", "completed"],
            completed["timeline"]!.AsArray().Select(t => t!["status"]!.GetValue<string>()));
        Assert.Equal("Reçu de course", receipt["title"]!.GetValue<string>());
        Assert.EndsWith("F CFA", receipt["total"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        await Partners.Eventually(() => Task.FromResult(offers.Count), c => c > 0);
        await Partners.Eventually(() => Task.FromResult(updates.Count), c => c >= 5);
        lock (offers)
        {
            Assert.Contains(offers, o => o.GetProperty("id").GetString() == tripId);
        }

        lock (updates)
        {
            Assert.Contains(updates, u => u.GetProperty("status").GetString() == "completed");
            Assert.All(updates, u => Assert.Equal(tripId, u.GetProperty("tripId").GetString()));
        }

        var history = await Partners.Eventually(
            async () => await rider.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/trips"),
            h => h!["items"]!.AsArray().Any(i => i!["tripId"]!.GetValue<string>() == tripId && i["status"]!.GetValue<string>() == "completed"));
        Assert.Contains(history!["items"]!.AsArray(), i => i!["tripId"]!.GetValue<string>() == tripId && i["status"]!.GetValue<string>() == "completed");
        var driverHistory = await Partners.Eventually(
            async () => await driver.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/trips"),
            h => h!["items"]!.AsArray().Any(i => i!["tripId"]!.GetValue<string>() == tripId));
        Assert.Equal("driver", driverHistory!["items"]!.AsArray().First(i => i!["tripId"]!.GetValue<string>() == tripId)!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_nearby_list_shows_no_phone_surname_or_plate()
    {
        var (lat, lng) = (5.3100, -4.0100);
        var driver = await Partners.OnlineDriver(host, lat, lng, "Mamadou Traoré Bamba");
        var rider = await Partners.Customer(host);

        var nearby = await Partners.Eventually(
            async () => await rider.Client.GetStringAsync($"/api/v1/drivers/nearby?lat={lat}&lng={lng}&radiusM=1000"),
            text => text.Contains(driver.Id, StringComparison.Ordinal));

        Assert.Contains("\"firstName\":\"Mamadou\"", nearby, StringComparison.Ordinal);
        Assert.DoesNotContain("Traoré", nearby, StringComparison.Ordinal);
        Assert.DoesNotContain(driver.Phone, nearby, StringComparison.Ordinal);
        Assert.DoesNotContain("AB-", nearby, StringComparison.Ordinal);
        Assert.DoesNotContain("phone", nearby, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_idempotency_key_makes_a_retry_return_the_same_trip()
    {
        var rider = await Partners.Customer(host);
        using var first = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips") { Content = JsonContent.Create(Trip((4.5, 15.3))) };
        first.Headers.Add("Idempotency-Key", "retry-me-1");
        using var second = new HttpRequestMessage(HttpMethod.Post, "/api/v1/trips") { Content = JsonContent.Create(Trip((4.5, 15.3))) };
        second.Headers.Add("Idempotency-Key", "retry-me-1");

        var a = await rider.Client.SendAsync(first);
        var b = await rider.Client.SendAsync(second);

        Assert.Equal(HttpStatusCode.Created, a.StatusCode);
        Assert.Equal(HttpStatusCode.OK, b.StatusCode);
        Assert.Equal((await a.Json())["tripId"]!.GetValue<string>(), (await b.Json())["tripId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_rider_or_an_unassigned_driver_cannot_see_or_touch_a_trip()
    {
        var rider = await Partners.Customer(host);
        var stranger = await Partners.Customer(host, "Eve Intruse");
        var otherDriver = await Partners.OnlineDriver(host, -4.3, 15.3, "Jean Mukendi");
        var tripId = (await (await rider.Client.PostAsJsonAsync("/api/v1/trips", Trip((4.4, 15.2)))).Json())["tripId"]!.GetValue<string>();

        var strangerSees = await stranger.Client.GetAsync($"/api/v1/trips/{tripId}");
        var strangerCancels = await stranger.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/cancel", new { reason = "x" });
        var driverAccepts = await otherDriver.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null);
        var driverStarts = await otherDriver.Client.PostAsync($"/api/v1/trips/{tripId}/start", null);
        var receipt = await stranger.Client.GetAsync($"/api/v1/trips/{tripId}/receipt");

        Assert.All([strangerSees, strangerCancels, driverAccepts, driverStarts, receipt], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, (await rider.Client.GetAsync($"/api/v1/trips/{tripId}")).StatusCode);
    }

    [Fact]
    public async Task A_customer_cannot_post_locations_and_bad_trip_input_is_422()
    {
        var rider = await Partners.Customer(host);

        var ping = await rider.Client.PostAsJsonAsync("/api/v1/drivers/me/locations", new { pings = new[] { new { lat = 5.3, lng = -4.0, at = DateTimeOffset.UtcNow } } });
        var badTrip = await rider.Client.PostAsJsonAsync("/api/v1/trips", new { pickup = new { lat = 200, lng = 0 }, service = "rocket" });

        Assert.Equal(HttpStatusCode.Forbidden, ping.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badTrip.StatusCode);
        var errors = (await badTrip.Problem())["errors"]!.AsObject();
        Assert.Contains("pickup", errors.Select(e => e.Key));
        Assert.Contains("dropoff", errors.Select(e => e.Key));
        Assert.Contains("service", errors.Select(e => e.Key));
    }

    [Fact]
    public async Task Pings_are_refused_one_by_one_with_reasons()
    {
        var driver = await Partners.OnlineDriver(host, 5.30, -4.00);
        var now = DateTimeOffset.UtcNow;

        var response = await driver.Client.PostAsJsonAsync("/api/v1/drivers/me/locations", new
        {
            pings = new object[]
            {
                new { lat = 5.3001, lng = -4.0001, at = now, accuracyM = 10 },
                new { lat = 95.0, lng = -4.0, at = now, accuracyM = 10 },
                new { lat = 5.3, lng = -4.0, at = now.AddMinutes(5), accuracyM = 10 },
                new { lat = 5.3, lng = -4.0, at = now.AddMinutes(-10), accuracyM = 10 },
                new { lat = 5.3, lng = -4.0, at = now, accuracyM = 500 },
                new { lat = 6.3, lng = -4.0, at = now.AddSeconds(1), accuracyM = 10 },
            },
        });

        var body = await response.Json();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1, body["accepted"]!.GetValue<int>());
        Assert.Equal(
            ["invalid-coordinates", "timestamp-in-future", "timestamp-too-old", "accuracy-too-low", "impossible-speed"],
            body["rejected"]!.AsArray().Select(r => r!["reason"]!.GetValue<string>()));
    }
}
