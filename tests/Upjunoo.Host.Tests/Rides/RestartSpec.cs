using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Rides;

/// <summary>
/// R4/R33: nothing is lost if the process dies mid-trip. A trip with a pending offer survives a restart of the whole
/// host on the same database, wakes up by itself (nobody sends it a message) and its offer timer fires.
/// </summary>
public sealed class RestartSpec : IDisposable
{
    private readonly string _data = UpjunooFactory.NewDataDirectory();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private UpjunooFactory Host()
    {
        var host = new UpjunooFactory(_data);
        host.Settings["Dispatch:OfferTimeout"] = "00:00:04";
        host.Settings["Dispatch:RadiusStepsM"] = "1000";
        return host;
    }

    [Fact]
    public async Task A_trip_with_a_pending_offer_resumes_after_a_restart_and_its_offer_timer_fires()
    {
        string tripId;
        HttpClient riderAfter;
        string riderPhone;
        using (var before = Host())
        {
            var driver = await Partners.OnlineDriver(before, 5.40, -4.05);
            var rider = await Partners.Customer(before);
            riderPhone = rider.Phone;
            await Partners.Eventually(
                async () => await rider.Client.GetStringAsync("/api/v1/drivers/nearby?lat=5.40&lng=-4.05&radiusM=1000"),
                text => text.Contains(driver.Id, StringComparison.Ordinal));
            tripId = (await (await rider.Client.PostAsJsonAsync("/api/v1/trips", new
            {
                pickup = new { lat = 5.40, lng = -4.05 },
                dropoff = new { lat = 5.42, lng = -4.03 },
                service = "standard",
                paymentMethod = new { kind = "cash" },
            })).Json())["tripId"]!.GetValue<string>();
            await Partners.Eventually(
                async () => await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        }

        var restartedAt = DateTimeOffset.UtcNow;
        using var after = Host();
        riderAfter = after.CreateClient();
        var tokens = await riderAfter.SignIn(riderPhone, deviceId: "device-after-restart");
        riderAfter.WithToken(tokens["accessToken"]!.GetValue<string>());

        // Only the read model is polled: it follows the journal, so it proves the trip actor acted by itself.
        var history = await Partners.Eventually(
            async () => await riderAfter.GetFromJsonAsync<JsonObject>("/api/v1/me/trips"),
            h => h!["items"]!.AsArray().Any(i => i!["tripId"]!.GetValue<string>() == tripId && i["status"]!.GetValue<string>() == "noDriverFound"),
            TimeSpan.FromSeconds(40));
        var trip = await riderAfter.GetFromJsonAsync<JsonObject>($"/api/v1/trips/{tripId}");

        Assert.Equal("noDriverFound", history!["items"]!.AsArray().First(i => i!["tripId"]!.GetValue<string>() == tripId)!["status"]!.GetValue<string>());
        Assert.Equal("noDriverFound", trip!["status"]!.GetValue<string>());
        var ended = trip["timeline"]!.AsArray().Last()!;
        Assert.Equal("noDriverFound", ended["status"]!.GetValue<string>());
        Assert.True(ended["at"]!.GetValue<DateTimeOffset>() > restartedAt, "the offer expired after the restart, on the new host");
    }
}
