using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Upjunoo.Host.Tests.Support;

/// <summary>A rider and a driver on a trip the driver accepted.</summary>
public sealed record ActiveTrip(Person Rider, Person Driver, string TripId);

public static class TripSetup
{
    public static async Task<ActiveTrip> Accepted(UpjunooFactory host, double lat, double lng, string riderName = "Awa Koné", string driverName = "Koffi Yao")
    {
        var driver = await Partners.OnlineDriver(host, lat, lng, driverName);
        var rider = await Partners.Customer(host, riderName);
        await Partners.Eventually(
            async () => await rider.Client.GetStringAsync(FormattableString.Invariant($"/api/v1/drivers/nearby?lat={lat}&lng={lng}&radiusM=2000")),
            text => text.Contains(driver.Id, StringComparison.Ordinal));
        var tripId = (await (await rider.Client.PostAsJsonAsync("/api/v1/trips", new
        {
            pickup = new { lat, lng },
            dropoff = new { lat = lat + 0.02, lng = lng + 0.02 },
            service = "standard",
            paymentMethod = new { kind = "cash" },
            chosenDriverId = driver.Id,
        })).Json())["tripId"]!.GetValue<string>();
        await Partners.Eventually(async () => await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null)).Json();
        return new ActiveTrip(rider, driver, tripId);
    }

    public static async Task Complete(this ActiveTrip trip)
    {
        await (await trip.Driver.Client.PostAsync($"/api/v1/trips/{trip.TripId}/arrived", null)).Json();
        await (await trip.Driver.Client.PostAsync($"/api/v1/trips/{trip.TripId}/start", null)).Json();
        await (await trip.Driver.Client.PostAsJsonAsync($"/api/v1/trips/{trip.TripId}/complete", new { distanceM = 3000, durationSeconds = 600 })).Json();
    }
}
