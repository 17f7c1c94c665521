using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R11, R14: push goes to each registered token; the inbox keeps read flags; marketing needs consent.</summary>
public sealed class NotificationsSpec(NotificationsSpec.Host host) : IClassFixture<NotificationsSpec.Host>
{
    public const string AdminPhone = "+22507990000" + "22";

    public sealed class Host : UpjunooFactory
    {
        public Host() => Staff.ConfigureAdmin(this, AdminPhone);
    }

    [Fact]
    public async Task Service_messages_reach_the_inbox_and_every_push_token_and_can_be_marked_read()
    {
        var admin = await Staff.Admin(host, AdminPhone);
        var agent = await Staff.WithRole(host, admin, "support");
        var customer = await Partners.Customer(host);
        var (phoneToken, tabletToken, oldToken) = ("push-phone-" + customer.Id, "push-tablet-" + customer.Id, "push-old-" + customer.Id);
        (await customer.Client.PostAsJsonAsync("/api/v1/me/push-tokens", new { deviceId = "tablet", token = oldToken })).EnsureSuccessStatusCode();
        (await customer.Client.PostAsJsonAsync("/api/v1/me/push-tokens", new { deviceId = "tablet", token = tabletToken })).EnsureSuccessStatusCode();
        (await customer.Client.PostAsJsonAsync("/api/v1/me/push-tokens", new { deviceId = "phone", token = phoneToken })).EnsureSuccessStatusCode();
        var ticketId = (await (await customer.Client.PostAsJsonAsync("/api/v1/support/tickets", new { kind = "question", subject = "Tarifs", message = "Combien ?" })).Json())["ticketId"]!.GetValue<string>();

        await (await agent.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/resolve", new { resolution = "Voir la grille tarifaire." })).Json();
        var inbox = await customer.Client.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications");
        var id = inbox!.Single()!["notificationId"]!.GetValue<string>();
        var read = await customer.Client.PostAsync($"/api/v1/me/notifications/{id}/read", null);
        var after = await customer.Client.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications");
        var removed = await customer.Client.DeleteAsync($"/api/v1/me/push-tokens?token={phoneToken}");

        Assert.Equal("Demande résolue", inbox!.Single()!["title"]!.GetValue<string>());
        Assert.Null(inbox!.Single()!["readAt"]);
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.NotNull(after!.Single()!["readAt"]);
        foreach (var token in new[] { phoneToken, tabletToken })
        {
            var pushed = (await customer.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={token}"))!;
            Assert.Equal("push", pushed!.Single()!["channel"]!.GetValue<string>());
            Assert.Equal("service", pushed.Single()!["purpose"]!.GetValue<string>());
        }

        Assert.Empty((await customer.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={oldToken}"))!);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }

    [Fact]
    public async Task Marketing_is_refused_without_recorded_consent()
    {
        var admin = await Staff.Admin(host, AdminPhone);
        var customer = await Partners.Customer(host);
        var token = "push-marketing-" + customer.Id;
        (await customer.Client.PostAsJsonAsync("/api/v1/me/push-tokens", new { deviceId = "phone", token })).EnsureSuccessStatusCode();

        var result = await (await admin.Client.PostAsJsonAsync("/api/v1/notifications/marketing", new
        {
            accountIds = new[] { customer.Id }, titleFr = "Promo", titleEn = "Deal", bodyFr = "-20 % ce week-end", bodyEn = "20% off this weekend",
        })).Json();
        var byCustomer = await customer.Client.PostAsJsonAsync("/api/v1/notifications/marketing", new { accountIds = new[] { customer.Id }, titleFr = "a", titleEn = "b", bodyFr = "c", bodyEn = "d" });

        Assert.Equal(0, result["sent"]!.GetValue<int>());
        Assert.Equal(1, result["refused"]!.GetValue<int>());
        Assert.Empty((await customer.Client.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications"))!);
        Assert.Empty((await customer.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={token}"))!);
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
    }

    [Fact]
    public async Task Marketing_reaches_inbox_and_push_with_consent_and_stops_the_moment_it_is_withdrawn()
    {
        var admin = await Staff.Admin(host, AdminPhone);
        var customer = await Partners.Customer(host);
        var token = "push-consented-" + customer.Id;
        (await customer.Client.PostAsJsonAsync("/api/v1/me/push-tokens", new { deviceId = "phone", token })).EnsureSuccessStatusCode();
        object Campaign(string tag) => new { accountIds = new[] { customer.Id }, titleFr = "Promo " + tag, titleEn = "Deal " + tag, bodyFr = "-20 %", bodyEn = "20% off" };

        await (await customer.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = true })).Json();
        var granted = await (await admin.Client.PostAsJsonAsync("/api/v1/notifications/marketing", Campaign("1"))).Json();
        await (await customer.Client.PutAsJsonAsync("/api/v1/me/consents", new { marketing = false })).Json();
        var withdrawn = await (await admin.Client.PostAsJsonAsync("/api/v1/notifications/marketing", Campaign("2"))).Json();

        Assert.Equal(1, granted["sent"]!.GetValue<int>());
        Assert.Equal(0, withdrawn["sent"]!.GetValue<int>());
        Assert.Equal(1, withdrawn["refused"]!.GetValue<int>());
        var pushes = await Partners.Eventually(
            async () => await customer.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={token}"), p => p!.Count > 0);
        Assert.Single(pushes!);
        Assert.DoesNotContain(pushes!, m => m!["body"]!.ToJsonString().Contains(" 2", StringComparison.Ordinal) || (m["subject"]?.ToJsonString() ?? "").Contains("2", StringComparison.Ordinal));
    }
}
