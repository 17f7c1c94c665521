using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Delivery;

public sealed class AddressSpec(AddressSpec.Host host) : IClassFixture<AddressSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private static object Trip(string pickup, (double Lat, double Lng) from, string dropoff, (double Lat, double Lng) to) => new
    {
        pickup = new { lat = from.Lat, lng = from.Lng, address = pickup },
        dropoff = new { lat = to.Lat, lng = to.Lng, address = dropoff },
        service = "standard",
        paymentMethod = new { kind = "cash" },
    };

    [Fact]
    public async Task Suggestions_put_saved_addresses_first_then_places_ranked_by_use()
    {
        var rider = await Partners.Customer(host);
        var plateau = (5.3200, -4.0160);
        var cocody = (5.3600, -3.9900);
        var marcory = (5.3000, -3.9800);
        foreach (var body in new[]
        {
            Trip("Tour Alpha, Plateau", plateau, "Riviera 3, Cocody", cocody),
            Trip("Tour Alpha, Plateau", plateau, "Riviera 3, Cocody", cocody),
            Trip("Tour Alpha, Plateau", plateau, "Zone 4, Marcory", marcory),
        })
        {
            Assert.Equal(HttpStatusCode.Created, (await rider.Client.PostAsJsonAsync("/api/v1/trips", body)).StatusCode);
        }

        var home = await rider.Client.PostAsJsonAsync("/api/v1/me/addresses", new { label = "home", text = "Villa 12, Angré", position = new { lat = 5.39, lng = -3.98 } });
        var badLabel = await rider.Client.PostAsJsonAsync("/api/v1/me/addresses", new { label = "castle", text = "x", position = new { lat = 5.39, lng = -3.98 } });
        var all = await rider.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/addresses/suggestions");
        var cocodyOnly = await rider.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/addresses/suggestions?q=cocody");
        var saved = await rider.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/addresses");
        var homeId = (await home.Json())["addressId"]!.GetValue<string>();
        var removed = await rider.Client.DeleteAsync($"/api/v1/me/addresses/{homeId}");
        var stranger = await Partners.Customer(host);
        var strangersSuggestions = await stranger.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/addresses/suggestions");

        Assert.Equal(HttpStatusCode.Created, home.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLabel.StatusCode);
        Assert.Equal(
            ["Villa 12, Angré", "Tour Alpha, Plateau", "Riviera 3, Cocody", "Zone 4, Marcory"],
            all!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
        Assert.Equal([0, 3, 2, 1], all["items"]!.AsArray().Select(i => i!["useCount"]!.GetValue<int>()));
        Assert.Equal("home", all["items"]![0]!["label"]!.GetValue<string>());
        Assert.Equal(["Riviera 3, Cocody"], cocodyOnly!["items"]!.AsArray().Select(i => i!["text"]!.GetValue<string>()));
        Assert.Single(saved!["items"]!.AsArray());
        Assert.Empty((await removed.Json())["items"]!.AsArray());
        Assert.Empty(strangersSuggestions!["items"]!.AsArray());
    }
}
