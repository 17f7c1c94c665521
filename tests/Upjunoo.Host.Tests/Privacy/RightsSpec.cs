using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R20 through HTTP: export archive, account deletion, and the DPO's queue.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class RightsSpec(RightsSpec.Host host) : IClassFixture<RightsSpec.Host>
{
    public sealed class Host : PrivacyHost;

    private static readonly (double Lat, double Lng) Plateau = (5.3200, -4.0200);

    private static async Task<JsonNode> Finished(Person person, string requestId) =>
        (await Partners.Eventually(
            async () => await person.Client.GetFromJsonAsync<JsonObject>($"/api/v1/privacy/requests/{requestId}"),
            r => r!["status"]!.GetValue<string>() is "completed" or "rejected", TimeSpan.FromSeconds(30)))!;

    [Fact]
    public async Task An_export_holds_every_category_kept_on_the_person_and_only_the_requester_downloads_it()
    {
        var (rider, _, tripId) = await host.CompletedTrip(Plateau, "Mariam Touré", "Ibrahim Bamba");
        await (await rider.Client.PutAsJsonAsync("/api/v1/me/consents", new { analytics = true })).Json();
        await PrivacyHost.TripInHistory(rider, tripId, "completed");
        var stranger = await Partners.Customer(host, "Curieux Personne");
        var dpo = await host.Dpo();

        var submitted = await rider.Client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "export" });
        var requestId = (await submitted.Json())["requestId"]!.GetValue<string>();
        var done = await Finished(rider, requestId);
        var archive = await (await rider.Client.GetAsync(done["archive"]!.GetValue<string>())).Json();
        var byStranger = await stranger.Client.GetAsync($"/api/v1/privacy/requests/{requestId}/archive");
        var byDpo = await dpo.Client.GetAsync($"/api/v1/privacy/requests/{requestId}/archive");
        var statusByStranger = await stranger.Client.GetAsync($"/api/v1/privacy/requests/{requestId}");

        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        Assert.Equal("completed", done["status"]!.GetValue<string>());
        var categories = archive["categories"]!;
        Assert.Equal("Mariam Touré", categories["identity"]!["name"]!.GetValue<string>());
        Assert.Equal(rider.Phone, categories["identity"]!["phone"]!.GetValue<string>());
        Assert.Equal("device-1", categories["device"]![0]!["id"]!.GetValue<string>());
        Assert.True(categories["consents"]!["analytics"]!["granted"]!.GetValue<bool>());
        var trip = categories["orderData"]!.AsArray().Single()!;
        Assert.Equal(tripId, trip["summary"]!["tripId"]!.GetValue<string>());
        Assert.Equal("12 Rue du Commerce, Plateau", trip["detail"]!["pickup"]!["address"]!.GetValue<string>());
        Assert.NotNull(categories["privacyRequests"]);
        Assert.NotNull(categories["disclosures"]);
        Assert.NotNull(categories["staffAccesses"]);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byDpo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, statusByStranger.StatusCode);
    }

    [Fact]
    public async Task Deleting_the_account_closes_it_and_erases_the_person_while_the_driver_still_loads_the_trip()
    {
        var (rider, driver, tripId) = await host.CompletedTrip((Plateau.Lat + 0.05, Plateau.Lng), "Aminata Sangaré", "Yao Kouassi");
        await PrivacyHost.TripInHistory(rider, tripId, "completed");

        var deleted = await rider.Client.DeleteAsync("/api/v1/me");
        var accepted = await deleted.Json();
        var me = await rider.Client.GetAsync("/api/v1/me");
        var otherEndpoint = await Partners.Eventually(
            () => rider.Client.GetAsync("/api/v1/me/trips"), r => r.StatusCode == HttpStatusCode.Unauthorized, TimeSpan.FromSeconds(15));
        var code = await host.CreateClient().RequestCode(rider.Phone);
        var signIn = await host.CreateClient().Verify(rider.Phone, code, "Aminata Sangaré");
        var refresh = await host.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rider.RefreshToken });
        var seenByDriver = await Partners.Eventually(
            async () => await driver.Client.GetFromJsonAsync<JsonObject>($"/api/v1/trips/{tripId}"),
            t => t!["riderFirstName"]!.GetValue<string>() == "[erased]");

        Assert.Equal(HttpStatusCode.Accepted, deleted.StatusCode);
        Assert.Equal("completed", accepted["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, otherEndpoint.StatusCode);
        Assert.False(signIn.IsSuccessStatusCode);
        Assert.False(refresh.IsSuccessStatusCode);
        Assert.Equal("[erased]", seenByDriver!["riderFirstName"]!.GetValue<string>());
        Assert.Equal("[erased]", seenByDriver["pickup"]!["address"]!.GetValue<string>());
        Assert.Equal("completed", seenByDriver["status"]!.GetValue<string>());
        Assert.Equal("Yao", seenByDriver["driver"]!["firstName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_complaint_waits_in_the_dpo_queue_and_only_the_dpo_answers_it()
    {
        var person = await Partners.Customer(host, "Salif Keïta");
        var dpo = await host.Dpo();
        var requestId = (await (await person.Client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "complaint", details = "Mon chauffeur était en retard" })).Json())
            ["requestId"]!.GetValue<string>();

        var queue = await Partners.Eventually(
            async () => await dpo.Client.GetFromJsonAsync<JsonArray>("/api/v1/privacy/requests?status=received"),
            q => q!.Any(r => r!["requestId"]!.GetValue<string>() == requestId));
        var byCustomer = await person.Client.GetAsync("/api/v1/privacy/requests");
        var completeByCustomer = await person.Client.PostAsJsonAsync($"/api/v1/privacy/requests/{requestId}/complete", new { note = "moi" });
        var anonymous = await host.CreateClient().GetAsync("/api/v1/privacy/requests");
        var seenByDpo = await (await dpo.Client.GetAsync($"/api/v1/privacy/requests/{requestId}")).Json();
        var completed = await (await dpo.Client.PostAsJsonAsync($"/api/v1/privacy/requests/{requestId}/complete", new { note = "Nous avons contacté le chauffeur." })).Json();
        var rejectAfter = await dpo.Client.PostAsJsonAsync($"/api/v1/privacy/requests/{requestId}/reject", new { reason = "trop tard" });
        var mine = await (await person.Client.GetAsync($"/api/v1/privacy/requests/{requestId}")).Json();
        var badType = await person.Client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "everything" });

        Assert.Contains(queue!, r => r!["type"]!.GetValue<string>() == "complaint");
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, completeByCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Mon chauffeur était en retard", seenByDpo["details"]!.GetValue<string>());
        Assert.Equal("completed", completed["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, rejectAfter.StatusCode);
        Assert.Equal(["received", "completed"], mine["history"]!.AsArray().Select(h => h!["status"]!.GetValue<string>()));
        Assert.True(mine["dueAt"]!.GetValue<DateTimeOffset>() - mine["receivedAt"]!.GetValue<DateTimeOffset>() == TimeSpan.FromDays(30));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badType.StatusCode);
    }
}
