using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Upjunoo.Host.Tests.Support;

/// <summary>A signed-in person with their own client, as the apps and the simulator drive the API.</summary>
public sealed record Person(HttpClient Client, string Id, string Phone, string RefreshToken);

public static class Partners
{
    public static readonly (double Lat, double Lng) Plateau = (5.3364, -4.0267);

    public static async Task<Person> Customer(UpjunooFactory host, string name = "Awa Koné")
    {
        var client = host.CreateClient();
        var phone = ApiClient.NewIvorianPhone();
        var tokens = await client.SignIn(phone, name);
        return new Person(client.WithToken(tokens["accessToken"]!.GetValue<string>()), tokens["user"]!["id"]!.GetValue<string>(), phone, tokens["refreshToken"]!.GetValue<string>());
    }

    /// <summary>A driver (auto-approved in Development), with a fresh token carrying the role, online at a position.</summary>
    public static async Task<Person> OnlineDriver(UpjunooFactory host, double lat, double lng, string name = "Koffi Yao", string kind = "driver")
    {
        var person = await Customer(host, name);
        var profile = await person.Client.PostAsJsonAsync("/api/v1/me/driver-profile", new
        {
            kind,
            vehicle = kind == "driver" ? new { make = "Toyota", model = "Corolla", plate = "AB-" + person.Id[..6], color = "white" } : null,
            services = kind == "driver" ? new[] { "standard", "comfort" } : new[] { "delivery" },
        });
        await profile.Json();
        var refreshed = await (await person.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = person.RefreshToken })).Json();
        var driver = person with
        {
            Client = person.Client.WithToken(refreshed["accessToken"]!.GetValue<string>()),
            RefreshToken = refreshed["refreshToken"]!.GetValue<string>(),
        };
        await (await driver.Client.PutAsJsonAsync("/api/v1/drivers/me/availability", new { status = "online" })).Json();
        await driver.Ping(lat, lng);
        return driver;
    }

    public static async Task<JsonNode> Ping(this Person driver, double lat, double lng, DateTimeOffset? at = null)
    {
        var response = await driver.Client.PostAsJsonAsync("/api/v1/drivers/me/locations", new
        {
            pings = new[] { new { lat, lng, at = at ?? DateTimeOffset.UtcNow, accuracyM = 10 } },
        });
        return await response.Json();
    }

    /// <summary>Polls until the condition holds (the index and dispatch are asynchronous), up to a generous limit.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        var value = await probe();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await probe();
        }

        return value;
    }
}
