using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Notifications;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R14 through the real notification port: marketing needs consent, withdrawal and restriction stop it at once.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class ConsentSpec(ConsentSpec.Host host) : IClassFixture<ConsentSpec.Host>
{
    public sealed class Host : PrivacyHost;

    private async Task<int> Marketing(Person person, string text)
    {
        var sender = host.Services.GetRequiredService<INotificationSender>();
        await sender.Send(new OutgoingMessage(NotificationChannel.Sms, person.Phone, null, text, NotificationPurpose.Marketing, person.Id), CancellationToken.None);
        return host.Services.GetRequiredService<IDevOutbox>().To(person.Phone).Count(m => m.Message.Purpose == NotificationPurpose.Marketing);
    }

    [Fact]
    public async Task Marketing_reaches_the_person_only_after_consent_and_stops_at_once_after_withdrawal()
    {
        var person = await Partners.Customer(host, "Adjoua Kouamé");

        var before = await Marketing(person, "Promo 1");
        var granted = await (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true })).Json();
        var afterGrant = await Marketing(person, "Promo 2");
        var withdrawn = await (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = false })).Json();
        var afterWithdrawal = await Marketing(person, "Promo 3");
        var trips = await person.Client.GetAsync("/api/v1/me/trips");

        Assert.Equal(0, before);
        Assert.True(granted["marketing"]!["granted"]!.GetValue<bool>());
        Assert.Equal(1, granted["marketing"]!["policyVersion"]!.GetValue<int>());
        Assert.NotNull(granted["marketing"]!["at"]);
        Assert.False(granted["advertising"]!["granted"]!.GetValue<bool>());
        Assert.Equal(1, afterGrant);
        Assert.False(withdrawn["marketing"]!["granted"]!.GetValue<bool>());
        Assert.Equal(1, afterWithdrawal);
        Assert.Equal(HttpStatusCode.OK, trips.StatusCode);
    }

    [Fact]
    public async Task A_restriction_request_pauses_marketing_even_with_consent()
    {
        var person = await Partners.Customer(host, "Kadi Ouattara");
        await (await person.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true, analytics = true })).Json();

        var restricted = await (await person.Client.PostAsJsonAsync("/api/v1/privacy/requests", new { type = "restriction", details = "Je veux corriger mes données" })).Json();
        var sent = await Marketing(person, "Promo");
        var consents = await person.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/consents");

        Assert.Equal("inProgress", restricted["status"]!.GetValue<string>());
        Assert.Equal(0, sent);
        Assert.NotNull(consents!["restrictedSince"]);
    }

    [Fact]
    public async Task Consents_need_a_signed_in_person()
    {
        var response = await host.CreateClient().GetAsync("/api/v1/me/consents");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
