using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R19 and R22: disclosures and staff reads are recorded, and the person sees both in their access copy.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class LedgerSpec(LedgerSpec.Host host) : IClassFixture<LedgerSpec.Host>
{
    public sealed class Host : PrivacyHost;

    [Fact]
    public async Task A_disclosure_and_a_staff_read_of_a_trip_appear_in_the_persons_access_copy()
    {
        var (rider, _, tripId) = await host.CompletedTrip((5.3364, -4.0267), "Nafissatou Diop", "Serge Aka");
        var dpo = await host.Dpo();

        var byCustomer = await rider.Client.PostAsJsonAsync("/api/v1/privacy/disclosures", new { recipient = "x" });
        var anonymous = await host.CreateClient().GetAsync("/api/v1/privacy/disclosures");
        var recorded = await dpo.Client.PostAsJsonAsync("/api/v1/privacy/disclosures", new
        {
            recipient = "Police nationale", recipientKind = "authority", country = "CI", legalBasis = "Réquisition judiciaire n° 12/2024",
            categories = new[] { "identity", "orderData" }, subjectId = rider.Id,
        });
        var ledger = await (await dpo.Client.GetAsync($"/api/v1/privacy/disclosures?subjectId={rider.Id}")).Json();
        await (await dpo.Client.GetAsync($"/api/v1/trips/{tripId}")).Json();
        await PrivacyHost.TripInHistory(rider, tripId, "completed");
        var requestId = (await (await rider.Client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "access" })).Json())["requestId"]!.GetValue<string>();
        var done = await Partners.Eventually(
            async () => await rider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/privacy/requests/{requestId}"),
            r => r!["status"]!.GetValue<string>() == "completed", TimeSpan.FromSeconds(30));
        var archive = await (await rider.Client.GetAsync(done!["archive"]!.GetValue<string>())).Json();

        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("Police nationale", ledger[0]!["recipient"]!.GetValue<string>());
        Assert.Equal("Police nationale", archive["categories"]!["disclosures"]![0]!["recipient"]!.GetValue<string>());
        var access = archive["categories"]!["staffAccesses"]!.AsArray().Single()!;
        Assert.Equal(dpo.Id, access["staffId"]!.GetValue<string>());
        Assert.Equal($"trip/{tripId}", access["resource"]!.GetValue<string>());
    }
}
