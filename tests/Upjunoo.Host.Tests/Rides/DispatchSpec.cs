using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Rides;

/// <summary>Dispatch through the real host: one offer at a time, decline or time-out moves on, the rider's choice is respected.</summary>
public sealed class DispatchSpec(DispatchSpec.Host host) : IClassFixture<DispatchSpec.Host>
{
    public sealed class Host : UpjunooFactory
    {
        public Host()
        {
            Settings["Dispatch:OfferTimeout"] = "00:00:02";
            Settings["Dispatch:RadiusStepsM"] = "1000,2000";
        }
    }

    private static object Trip(double lat, double lng, string? chosen = null) => new
    {
        pickup = new { lat, lng },
        dropoff = new { lat = lat + 0.02, lng = lng + 0.02 },
        service = "standard",
        paymentMethod = new { kind = "cash" },
        chosenDriverId = chosen,
    };

    private static async Task<string> Request(Person rider, object trip) =>
        (await (await rider.Client.PostAsJsonAsync("/api/v1/trips", trip)).Json())["tripId"]!.GetValue<string>();

    private static Task<JsonObject?> TripOf(Person person, string tripId) => person.Client.GetFromJsonAsync<JsonObject>($"/api/v1/trips/{tripId}");

    private static async Task<string?> OfferedTrip(Person driver) =>
        (await driver.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"))!.FirstOrDefault()?["id"]?.GetValue<string>();

    private static async Task WaitForNearby(Person rider, double lat, double lng, params Person[] drivers) =>
        await Partners.Eventually(
            async () => await rider.Client.GetStringAsync($"/api/v1/drivers/nearby?lat={lat}&lng={lng}&radiusM=2000"),
            text => drivers.All(d => text.Contains(d.Id, StringComparison.Ordinal)));

    [Fact]
    public async Task A_declined_offer_goes_to_the_next_driver_and_only_one_driver_holds_an_offer_at_a_time()
    {
        var (lat, lng) = (5.2500, -3.9000);
        var near = await Partners.OnlineDriver(host, lat + 0.001, lng, "Ali Near");
        var far = await Partners.OnlineDriver(host, lat + 0.006, lng, "Ben Far");
        var rider = await Partners.Customer(host);
        await WaitForNearby(rider, lat, lng, near, far);

        var tripId = await Request(rider, Trip(lat, lng));
        var firstOffered = await Partners.Eventually(() => OfferedTrip(near), id => id == tripId);
        var farMeanwhile = await OfferedTrip(far);
        await (await near.Client.PostAsync($"/api/v1/trips/{tripId}/decline", null)).Json();
        var secondOffered = await Partners.Eventually(() => OfferedTrip(far), id => id == tripId);

        Assert.Equal(tripId, firstOffered);
        Assert.Null(farMeanwhile);
        Assert.Equal(tripId, secondOffered);
        Assert.Null(await OfferedTrip(near));
    }

    [Fact]
    public async Task An_offer_that_times_out_goes_to_the_next_driver()
    {
        var (lat, lng) = (5.2000, -3.8000);
        var sleepy = await Partners.OnlineDriver(host, lat + 0.001, lng, "Sam Sleepy");
        var awake = await Partners.OnlineDriver(host, lat + 0.005, lng, "Ada Awake");
        var rider = await Partners.Customer(host);
        await WaitForNearby(rider, lat, lng, sleepy, awake);

        var tripId = await Request(rider, Trip(lat, lng));
        await Partners.Eventually(() => OfferedTrip(sleepy), id => id == tripId);
        var toAwake = await Partners.Eventually(() => OfferedTrip(awake), id => id == tripId, TimeSpan.FromSeconds(15));
        await (await awake.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null)).Json();
        var trip = await TripOf(rider, tripId);
        var lateAccept = await sleepy.Client.PostAsync($"/api/v1/trips/{tripId}/accept", null);

        Assert.Equal(tripId, toAwake);
        Assert.Equal("driverAssigned", trip!["status"]!.GetValue<string>());
        Assert.Equal(awake.Id, trip["driver"]!["driverId"]!.GetValue<string>());
        Assert.False(lateAccept.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_chosen_driver_alone_gets_the_offer_and_when_they_decline_the_rider_chooses_again()
    {
        var (lat, lng) = (5.1500, -3.7000);
        var chosen = await Partners.OnlineDriver(host, lat + 0.004, lng, "Chloé Choisie");
        var closer = await Partners.OnlineDriver(host, lat + 0.0005, lng, "Paul Proche");
        var rider = await Partners.Customer(host);
        await WaitForNearby(rider, lat, lng, chosen, closer);

        var tripId = await Request(rider, Trip(lat, lng, chosen.Id));
        await Partners.Eventually(() => OfferedTrip(chosen), id => id == tripId);
        Assert.Null(await OfferedTrip(closer));
        await (await chosen.Client.PostAsync($"/api/v1/trips/{tripId}/decline", null)).Json();
        var waiting = await Partners.Eventually(() => TripOf(rider, tripId), t => t!["awaitingRiderChoice"]!.GetValue<bool>());
        Assert.Null(await OfferedTrip(closer));

        await (await rider.Client.PostAsJsonAsync($"/api/v1/trips/{tripId}/choose-driver", new { driverId = closer.Id })).Json();
        var offeredToCloser = await Partners.Eventually(() => OfferedTrip(closer), id => id == tripId);

        Assert.True(waiting!["awaitingRiderChoice"]!.GetValue<bool>());
        Assert.Equal(tripId, offeredToCloser);
    }

    [Fact]
    public async Task A_chosen_driver_who_is_offline_sends_the_rider_back_to_choosing()
    {
        var (lat, lng) = (5.1000, -3.6000);
        var chosen = await Partners.OnlineDriver(host, lat, lng, "Off Line");
        await (await chosen.Client.PutAsJsonAsync("/api/v1/drivers/me/availability", new { status = "offline" })).Json();
        var rider = await Partners.Customer(host);

        var tripId = await Request(rider, Trip(lat, lng, chosen.Id));
        var trip = await Partners.Eventually(() => TripOf(rider, tripId), t => t!["awaitingRiderChoice"]!.GetValue<bool>());

        Assert.True(trip!["awaitingRiderChoice"]!.GetValue<bool>());
        Assert.Null(await OfferedTrip(chosen));
    }

    [Fact]
    public async Task With_nobody_around_the_trip_ends_as_no_driver_found()
    {
        var rider = await Partners.Customer(host);

        var tripId = await Request(rider, Trip(-11.66, 27.48));
        var trip = await Partners.Eventually(() => TripOf(rider, tripId), t => t!["status"]!.GetValue<string>() == "noDriverFound", TimeSpan.FromSeconds(30));

        Assert.Equal("noDriverFound", trip!["status"]!.GetValue<string>());
    }
}
