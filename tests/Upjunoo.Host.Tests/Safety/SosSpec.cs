using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R8: an SOS reaches every chosen contact in the user's language with the position, and the car during a trip.</summary>
public sealed class SosSpec(SosSpec.Host host) : IClassFixture<SosSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private static async Task<JsonArray> Outbox(Person anyone, string phone) =>
        (await anyone.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}"))!;

    [Fact]
    public async Task Sos_during_a_trip_texts_each_contact_in_the_users_language_with_the_map_link_car_and_plate_and_opens_an_urgent_ticket()
    {
        var trip = await TripSetup.Accepted(host, 5.3100, -4.0100, "Awa Koné");
        var (first, second) = (ApiClient.NewIvorianPhone(), ApiClient.NewIvorianPhone());
        var local = "07" + second[6..]; // typed without the country code: normalised with the account's country
        var contacts = await (await trip.Rider.Client.PutAsJsonAsync("/api/v1/me/emergency-contacts", new
        {
            contacts = new[] { new { name = "Maman", phone = first }, new { name = "Ibrahim", phone = local } },
        })).Json();

        var sos = await (await trip.Rider.Client.PostAsJsonAsync("/api/v1/sos", new { lat = 5.3101, lng = -4.0102, tripId = trip.TripId })).Json();

        Assert.Equal([first, second], contacts["contacts"]!.AsArray().Select(c => c!["phone"]!.GetValue<string>()));
        Assert.Equal(2, sos["contactsAlerted"]!.GetValue<int>());
        foreach (var phone in new[] { first, second })
        {
            var sms = (await Outbox(trip.Rider, phone)).Single()!;
            var body = sms["body"]!.GetValue<string>();
            Assert.Equal("sms", sms["channel"]!.GetValue<string>());
            Assert.Contains("Awa", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Koné", body, StringComparison.Ordinal);
            Assert.Contains("https://www.openstreetmap.org/?mlat=5.3101&mlon=-4.0102", body, StringComparison.Ordinal);
            Assert.Contains("Toyota Corolla", body, StringComparison.Ordinal);
            Assert.Contains("AB-" + trip.Driver.Id[..6], body, StringComparison.Ordinal);
            Assert.Contains("immatriculation", body, StringComparison.Ordinal); // the rider's account is in French (Côte d'Ivoire)
        }

        var tickets = await trip.Rider.Client.GetFromJsonAsync<JsonArray>("/api/v1/support/tickets");
        var ticket = tickets!.Single(t => t!["ticketId"]!.GetValue<string>() == sos["ticketId"]!.GetValue<string>())!;
        Assert.Equal("urgent", ticket["kind"]!.GetValue<string>());
        Assert.True(ticket["priority"]!.GetValue<bool>());
        var history = await trip.Rider.Client.GetFromJsonAsync<JsonArray>("/api/v1/me/sos");
        Assert.Equal(trip.TripId, history!.Single()!["tripId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Sos_outside_a_trip_is_in_english_for_an_english_speaker_and_has_no_vehicle()
    {
        var user = await Partners.Customer(host, "John Smith");
        await (await user.Client.PatchAsJsonAsync("/api/v1/me", new { language = "en" })).Json();
        var contact = ApiClient.NewIvorianPhone();
        await (await user.Client.PutAsJsonAsync("/api/v1/me/emergency-contacts", new { contacts = new[] { new { name = "Mary", phone = contact } } })).Json();

        await (await user.Client.PostAsJsonAsync("/api/v1/sos", new { lat = 45.5017, lng = -73.5673 })).Json();

        var body = (await Outbox(user, contact)).Single()!["body"]!.GetValue<string>();
        Assert.StartsWith("Upjunoo SOS ALERT: John needs help.", body, StringComparison.Ordinal);
        Assert.Contains("mlat=45.5017&mlon=-73.5673", body, StringComparison.Ordinal);
        Assert.DoesNotContain("plate", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task More_than_five_contacts_or_an_invalid_phone_are_refused_and_a_strangers_trip_is_not_found()
    {
        var user = await Partners.Customer(host);
        var six = Enumerable.Range(0, 6).Select(i => new { name = $"C{i}", phone = ApiClient.NewIvorianPhone() }).ToArray();

        var tooMany = await user.Client.PutAsJsonAsync("/api/v1/me/emergency-contacts", new { contacts = six });
        var invalid = await user.Client.PutAsJsonAsync("/api/v1/me/emergency-contacts", new { contacts = new[] { new { name = "X", phone = "12" } } });
        var strangerTrip = await user.Client.PostAsJsonAsync("/api/v1/sos", new { lat = 5.3, lng = -4.0, tripId = "no-such-trip" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerTrip.StatusCode);
    }
}
