using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>A host whose admin phone signs in as operator + DPO, with helpers for the privacy specs.</summary>
public class PrivacyHost : UpjunooFactory
{
    public const string AdminPhone = "+2250799999998";

    public PrivacyHost() => Settings["Upjunoo:Admins"] = AdminPhone;

    public async Task<Person> Dpo()
    {
        var client = CreateClient();
        var tokens = await client.SignIn(AdminPhone, "Délégué Protection");
        return new Person(client.WithToken(tokens["accessToken"]!.GetValue<string>()), tokens["user"]!["id"]!.GetValue<string>(), AdminPhone,
            tokens["refreshToken"]!.GetValue<string>());
    }

    /// <summary>A ride from request to completion between a new rider and a new driver, at <paramref name="at"/>.</summary>
    public async Task<(Person Rider, Person Driver, string TripId)> CompletedTrip(
        (double Lat, double Lng) at, string riderName = "Awa Koné", string driverName = "Koffi Yao")
    {
        var driver = await Partners.OnlineDriver(this, at.Lat + 0.001, at.Lng + 0.001, driverName);
        var rider = await Partners.Customer(this, riderName);
        var tripId = await RequestTrip(rider, at, driver.Id);
        await Partners.Eventually(async () => await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null)).Json();
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/arrived", null)).Json();
        await (await driver.Client.PostAsync($"/api/v1/trips/{tripId}/start", null)).Json();
        await (await driver.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/complete", new { distanceM = 5200, durationSeconds = 900 })).Json();
        return (rider, driver, tripId);
    }

    public static async Task<string> RequestTrip(Person rider, (double Lat, double Lng) at, string? chosenDriverId = null)
    {
        var created = await rider.Client.PostAsJsonAsync("/api/v1/trips", new
        {
            pickup = new { lat = at.Lat, lng = at.Lng, address = "12 Rue du Commerce, Plateau" },
            dropoff = new { lat = at.Lat + 0.02, lng = at.Lng + 0.03, address = "Riviera 3, Cocody" },
            service = "standard",
            paymentMethod = new { kind = "cash" },
            chosenDriverId,
        });
        return (await created.Json())["tripId"]!.GetValue<string>();
    }

    /// <summary>Waits until the trip history shows the trip in one of the statuses.</summary>
    public static Task<JsonNode?> TripInHistory(Person person, string tripId, params string[] statuses) =>
        Partners.Eventually(
            async () => (await person.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/trips?limit=50"))!["items"]!.AsArray()
                .FirstOrDefault(t => t!["tripId"]!.GetValue<string>() == tripId),
            t => t is not null && statuses.Contains(t["status"]!.GetValue<string>()),
            TimeSpan.FromSeconds(60));
}
