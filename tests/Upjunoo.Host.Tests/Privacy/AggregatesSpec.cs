using System.Net;
using System.Text.Json.Nodes;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Privacy;

/// <summary>R16: counts per coarse cell and day only, and cells with fewer than 10 trips are not shown.</summary>
[Collection(PrivacyCollection.Name)]
public sealed class AggregatesSpec(AggregatesSpec.Host host) : IClassFixture<AggregatesSpec.Host>
{
    public sealed class Host : PrivacyHost;

    [Fact]
    public async Task Trips_are_counted_per_coarse_cell_and_small_cells_are_suppressed()
    {
        var (busy, quiet) = ((Lat: 5.3480, Lng: -4.0120), (Lat: 5.2500, Lng: -3.9000));
        var riders = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Partners.Customer(host, $"Passager{i} Test")));
        var trips = await Task.WhenAll(riders.Select((r, i) => PrivacyHost.RequestTrip(r, i < 10 ? (busy.Lat + (i * 0.0001), busy.Lng) : quiet)));
        await Task.WhenAll(riders.Select((r, i) => PrivacyHost.TripInHistory(r, trips[i], "requested", "dispatching", "noDriverFound")));
        var dpo = await host.Dpo();
        var range = $"from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-1).ToString("O"))}&to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}";

        var byCustomer = await riders[0].Client.GetAsync($"/api/v1/privacy/aggregates/trips?{range}");
        var answer = await (await dpo.Client.GetAsync($"/api/v1/privacy/aggregates/trips?{range}")).Json();

        var cells = answer["cells"]!.AsArray();
        Assert.Equal(HttpStatusCode.Forbidden, byCustomer.StatusCode);
        var busyCell = Geohash.Encode(new GeoPoint(busy.Lat, busy.Lng), 5);
        Assert.Equal(10, cells.Single(c => c!["cell"]!.GetValue<string>() == busyCell)!["trips"]!.GetValue<int>());
        Assert.DoesNotContain(cells, c => c!["cell"]!.GetValue<string>() == Geohash.Encode(new GeoPoint(quiet.Lat, quiet.Lng), 5));
        Assert.All(cells, c => Assert.Equal(5, c!["cell"]!.GetValue<string>().Length));
    }
}
