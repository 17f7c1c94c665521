using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R10, R13, R17, R22: a ticket goes open → assigned → resolved → reopened; agents see the minimum; every agent view is logged.</summary>
public sealed class SupportSpec(SupportSpec.Host host) : IClassFixture<SupportSpec.Host>
{
    public const string AdminPhone = "+22507990000" + "11";

    public sealed class Host : UpjunooFactory
    {
        public Host() => Staff.ConfigureAdmin(this, AdminPhone);
    }

    [Fact]
    public async Task A_contested_decision_reaches_an_agent_who_sees_only_the_first_name_and_every_view_is_logged_for_the_dpo()
    {
        var admin = await Staff.Admin(host, AdminPhone);
        var agent = await Staff.WithRole(host, admin, "support", "Fatou Diallo");
        var trip = await TripSetup.Accepted(host, 5.3700, -4.0200, "Awa Koné");
        var stranger = await Partners.Customer(host, "Eve Intruse");

        var created = await trip.Rider.Client.PostAsJsonAsync("/api/v1/support/tickets", new
        {
            kind = "contestDecision", subject = "Compte bloqué", message = "Mon compte a été bloqué pour fraude, c'est une erreur.", tripId = trip.TripId,
        });
        var ticketId = (await created.Json())["ticketId"]!.GetValue<string>();
        var queue = await agent.Client.GetFromJsonAsync<JsonArray>("/api/v1/support/tickets");
        var seen = await (await agent.Client.GetAsync($"/api/v1/support/tickets/{ticketId}")).Json();
        await (await agent.Client.PostAsync($"/api/v1/support/tickets/{ticketId}/assign", null)).Json();
        await (await agent.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/messages", new { message = "Je regarde votre dossier." })).Json();
        var resolved = await (await agent.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/resolve", new { resolution = "Blocage levé après vérification." })).Json();
        var customerCannotResolve = await trip.Rider.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/resolve", new { resolution = "ok" });
        var reopened = await (await trip.Rider.Client.PostAsJsonAsync($"/api/v1/support/tickets/{ticketId}/messages", new { message = "Toujours bloqué." })).Json();
        var strangerView = await stranger.Client.GetAsync($"/api/v1/support/tickets/{ticketId}");
        var agentCannotReadLog = await agent.Client.GetAsync($"/api/v1/support/access-log?ticketId={ticketId}");
        var log = await admin.Client.GetFromJsonAsync<JsonArray>($"/api/v1/support/access-log?ticketId={ticketId}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var queued = queue!.First(t => t!["ticketId"]!.GetValue<string>() == ticketId)!;
        Assert.True(queued["priority"]!.GetValue<bool>());
        Assert.Equal("contestDecision", seen["kind"]!.GetValue<string>());
        Assert.Equal("Awa", seen["customerFirstName"]!.GetValue<string>());
        Assert.Equal("driverAssigned", seen["trip"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain(trip.Rider.Phone, seen.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Koné", seen.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pickup", seen.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("resolved", resolved["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, customerCannotResolve.StatusCode);
        Assert.Equal("reopened", reopened["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, strangerView.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agentCannotReadLog.StatusCode);
        Assert.All(log!, entry => Assert.Equal(agent.Id, entry!["actorId"]!.GetValue<string>()));
        Assert.Equal(["resolve", "post", "assign", "view"], log!.Select(e => e!["action"]!.GetValue<string>()));
        Assert.All(log!, entry => Assert.Equal(trip.Rider.Id, entry!["subjectId"]!.GetValue<string>()));
        var notifications = await trip.Rider.Client.GetFromJsonAsync<JsonArray>("/api/v1/me/notifications");
        Assert.Contains(notifications!, n => n!["title"]!.GetValue<string>() == "Demande résolue");
    }

    [Fact]
    public async Task A_ticket_needs_a_known_kind_and_the_customers_own_trip()
    {
        var customer = await Partners.Customer(host);

        var badKind = await customer.Client.PostAsJsonAsync("/api/v1/support/tickets", new { kind = "gossip", subject = "x", message = "y" });
        var notMyTrip = await customer.Client.PostAsJsonAsync("/api/v1/support/tickets", new { kind = "lostItem", subject = "Sac", message = "J'ai oublié mon sac", tripId = "someone-elses" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, badKind.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notMyTrip.StatusCode);
    }

    [Fact]
    public async Task Forms_are_defined_by_operators_and_answered_once_with_their_purpose()
    {
        var admin = await Staff.Admin(host, AdminPhone);
        var customer = await Partners.Customer(host);
        var defined = await admin.Client.PostAsJsonAsync("/api/v1/forms", new
        {
            purpose = "opinion", title = "Votre avis",
            questions = new[] { new { questionId = "q1", textFr = "Note ?", textEn = "Score?", required = true } },
        });
        var formId = (await defined.Json())["formId"]!.GetValue<string>();

        var customerDefines = await customer.Client.PostAsJsonAsync("/api/v1/forms", new { purpose = "opinion", title = "x", questions = Array.Empty<object>() });
        var answered = await (await customer.Client.PostAsJsonAsync($"/api/v1/forms/{formId}/answers", new { answers = new[] { new { questionId = "q1", answer = "5" } } })).Json();
        var twice = await customer.Client.PostAsJsonAsync($"/api/v1/forms/{formId}/answers", new { answers = new[] { new { questionId = "q1", answer = "4" } } });

        Assert.Equal(HttpStatusCode.Forbidden, customerDefines.StatusCode);
        Assert.Equal("opinion", answered["purpose"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }
}
