using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Application.Trips;
using Upjunoo.Host.Tests.Support;
using Upjunoo.Infrastructure.Privacy.Retention;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>
/// R18 with a fake clock: order data goes after the country's prescription period, not while a legal hold applies; a
/// closed account kept under a hold is crypto-shredded once the hold is released. After the clock jumps years ahead
/// tokens no longer mean anything, so the checks read the stores directly.
/// </summary>
[Collection(PrivacyCollection.Name)]
public sealed class RetentionSpec : IDisposable
{
    private readonly RetentionHost _host = new();

    public void Dispose() => _host.Dispose();

    private sealed class RetentionHost : PrivacyHost
    {
        public RetentionHost()
        {
            Settings["Retention:OrderDataYears:CI"] = "5";
            Settings["Retention:Interval"] = "1.00:00:00";
        }

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    private T Service<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    /// <summary>The manifests of an entity's rows left in the journal: destroyed data is gone from the database.</summary>
    private async Task<List<string>> JournalManifests(string persistenceId)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_host.DataDirectory, "upjunoo.db")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT manifest FROM journal WHERE persistence_id = @id ORDER BY sequence_number";
        command.Parameters.AddWithValue("@id", persistenceId);
        await using var reader = await command.ExecuteReaderAsync();
        var manifests = new List<string>();
        while (await reader.ReadAsync())
        {
            manifests.Add(reader.GetString(0));
        }

        return manifests;
    }

    private async Task<int> TripsOf(string accountId) => (await Service<ITripHistory>().Of(accountId, 10, null, CancellationToken.None)).Items.Count;

    [Fact]
    public async Task Order_data_is_destroyed_after_the_prescription_period_but_not_under_a_legal_hold()
    {
        var held = await Partners.Customer(_host, "Fanta Camara");
        var free = await Partners.Customer(_host, "Moussa Traoré");
        var heldTrip = await PrivacyHost.RequestTrip(held, (5.30, -4.00));
        var freeTrip = await PrivacyHost.RequestTrip(free, (5.31, -4.01));
        await PrivacyHost.TripInHistory(held, heldTrip, "noDriverFound");
        await PrivacyHost.TripInHistory(free, freeTrip, "noDriverFound");
        var dpo = await _host.Dpo();

        var byCustomer = await held.Client.PostAsJsonAsync("/api/v1/privacy/legal-holds", new { subjectId = held.Id, reason = "x" });
        var anonymous = await _host.CreateClient().GetAsync("/api/v1/privacy/legal-holds");
        var hold = await (await dpo.Client.PostAsJsonAsync("/api/v1/privacy/legal-holds", new { subjectId = held.Id, reason = "Tribunal d'Abidjan, RG 2031/24" })).Json();
        var deletion = await (await held.Client.DeleteAsync("/api/v1/me")).Json();
        await Partners.Eventually(() => Service<IAccountDirectory>().Closed(CancellationToken.None), c => c.Any(a => a.AccountId == held.Id));
        var passes = Service<RetentionService>().Passes;

        _host.Clock.Advance(TimeSpan.FromDays((5 * 365) + 30));
        await Partners.Eventually(() => Task.FromResult(Service<RetentionService>().Passes), p => p > passes);
        var freeAfter = await TripsOf(free.Id);
        var heldAfter = await TripsOf(held.Id);
        var freeJournal = await Partners.Eventually(() => JournalManifests($"trip-{freeTrip}"), m => m.Count == 2);
        var freeTripSeen = await free.Client.GetAsync($"/api/v1/trips/{freeTrip}");
        var heldJournal = await JournalManifests($"trip-{heldTrip}");
        var erasedUnderHold = Service<ISubjectErasure>().IsErased(held.Id);

        await Service<ILegalHolds>().Release(hold["id"]!.GetValue<string>(), dpo.Id, _host.Clock.GetUtcNow(), CancellationToken.None);
        passes = Service<RetentionService>().Passes;
        _host.Clock.Advance(TimeSpan.FromDays(1));
        await Partners.Eventually(() => Task.FromResult(Service<RetentionService>().Passes), p => p > passes);

        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("inProgress", deletion["status"]!.GetValue<string>());
        Assert.Equal(0, freeAfter);
        Assert.Equal(["trip.retention-ended.v1", "trip.purged.v1"], freeJournal);
        Assert.Equal(HttpStatusCode.NotFound, freeTripSeen.StatusCode);
        Assert.Equal(1, heldAfter);
        Assert.Contains("trip.requested.v1", heldJournal);
        Assert.False(erasedUnderHold);
        Assert.Equal(0, await TripsOf(held.Id));
        Assert.True(Service<ISubjectErasure>().IsErased(held.Id));
    }
}
