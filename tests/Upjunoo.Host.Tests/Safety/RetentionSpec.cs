using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R18: trip conversations are deleted 30 days after the trip ends, support conversations 3 months after resolution.</summary>
public sealed class RetentionSpec : IDisposable
{
    public const string AdminPhone = "+22507990000" + "33";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly UpjunooFactory _host;

    public RetentionSpec()
    {
        _host = new UpjunooFactory { Overrides = s => s.AddSingleton<TimeProvider>(_clock) };
        _host.Settings["Retention:SweepInterval"] = "1.00:00:00";
        Staff.ConfigureAdmin(_host, AdminPhone);
    }

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Conversations_go_30_days_after_the_trip_and_support_tickets_3_months_after_resolution()
    {
        var admin = await Staff.Admin(_host, AdminPhone);
        var agent = await Staff.WithRole(_host, admin, "support");
        _clock.SetUtcNow(DateTimeOffset.UtcNow); // the drivers' pings carry the real time
        var trip = await TripSetup.Accepted(_host, 5.3800, -4.0300);
        var conversation = $"/api/v1/conversations/trip-{trip.TripId}/messages";
        await (await trip.Rider.Client.PostAsJsonAsync(conversation, new { text = "Code portail 4521" })).Json();
        await trip.Complete();
        var ticketId = (await (await trip.Rider.Client.PostAsJsonAsync("/api/v1/support/tickets", new { kind = "lostItem", subject = "Parapluie", message = "Oublié dans la voiture" })).Json())["ticketId"]!.GetValue<string>();
        await (await agent.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/resolve", new { resolution = "Rendu au client." })).Json();

        _clock.Advance(TimeSpan.FromDays(29));
        var day29 = await trip.Rider.Client.GetAsync(conversation);
        _clock.Advance(TimeSpan.FromDays(2));
        var day31 = await Partners.Eventually(() => trip.Rider.Client.GetAsync(conversation), r => r.StatusCode == HttpStatusCode.NotFound);
        var ticketDay31 = await trip.Rider.Client.GetAsync($"/api/v1/support/tickets/{ticketId}");
        _clock.Advance(TimeSpan.FromDays(60));
        var ticketDay91 = await Partners.Eventually(() => trip.Rider.Client.GetAsync($"/api/v1/support/tickets/{ticketId}"), r => r.StatusCode == HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, day29.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, day31.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ticketDay31.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, ticketDay91.StatusCode);
        Assert.Equal(0, await JournalRows("conversation.message-posted.v1"));
        Assert.Equal(0, await JournalRows("support-ticket.message-posted.v1") + await JournalRows("support-ticket.opened.v1"));
    }

    [Fact]
    public async Task A_legal_hold_on_a_party_keeps_the_conversation_past_30_days_until_it_is_released()
    {
        var admin = await Staff.Admin(_host, AdminPhone);
        _clock.SetUtcNow(DateTimeOffset.UtcNow);
        var trip = await TripSetup.Accepted(_host, 5.3900, -4.0400);
        var conversation = $"/api/v1/conversations/trip-{trip.TripId}/messages";
        await (await trip.Rider.Client.PostAsJsonAsync(conversation, new { text = "Je suis au portail bleu" })).Json();
        await trip.Complete();
        var hold = await (await admin.Client.PostAsJsonAsync("/api/v1/privacy/legal-holds", new { subjectId = trip.Driver.Id, reason = "Enquête de police, PV 118/26" })).Json();

        _clock.Advance(TimeSpan.FromDays(31));
        await Task.Delay(1500); // a sweep runs on each advance of the clock; give it time to (not) purge
        var heldDay31 = await trip.Rider.Client.GetAsync(conversation);
        await (await admin.Client.PostAsync($"/api/v1/privacy/legal-holds/{hold["id"]!.GetValue<string>()}/release", null)).Json();
        _clock.Advance(TimeSpan.FromDays(1));
        var released = await Partners.Eventually(() => trip.Rider.Client.GetAsync(conversation), r => r.StatusCode == HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.OK, heldDay31.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, released.StatusCode);
    }

    /// <summary>Rows of the journal with this manifest: the purge deletes them, not only hides them.</summary>
    private async Task<long> JournalRows(string manifest)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_host.DataDirectory, "upjunoo.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM journal WHERE manifest = @manifest";
        command.Parameters.AddWithValue("@manifest", manifest);
        return await Partners.Eventually(async () => (long)(await command.ExecuteScalarAsync())!, n => n == 0, TimeSpan.FromSeconds(5));
    }
}
