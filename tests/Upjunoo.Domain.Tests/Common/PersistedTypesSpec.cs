using System.Reflection;
using System.Text.Json;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Tests.Trips;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Domain.Tests.Common;

public class PersistedTypesSpec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static IEnumerable<Type> PersistedTypes =>
        typeof(IPersisted).Assembly.GetTypes().Where(t => typeof(IPersisted).IsAssignableFrom(t) && !t.IsAbstract && !t.IsInterface);

    [Fact]
    public void Given_the_domain_When_listing_persisted_types_Then_each_has_a_unique_versioned_manifest()
    {
        var manifests = PersistedTypes.Select(t => t.GetCustomAttribute<PersistedAsAttribute>()?.Manifest ?? $"missing on {t.Name}").ToList();

        Assert.All(manifests, m => Assert.Matches(@"^[a-z-]+(\.[a-z-]+)+\.v\d+$", m));
        Assert.Equal(manifests.Count, manifests.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("trip.requested.v1", manifests);
        Assert.Contains("driver.state.v1", manifests);
    }

    [Fact]
    public void Given_a_completed_trip_When_round_tripped_through_System_Text_Json_Then_nothing_is_lost()
    {
        var state = TripFixture.Completed0 with { RatingByRider = new TripRating(5, "merci", TripFixture.T0) };

        var json = JsonSerializer.Serialize(state, Json);
        var back = JsonSerializer.Deserialize<TripState>(json, Json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Json));
        Assert.Equal(TripStatus.Completed, back.Status);
    }

    [Fact]
    public void Given_a_busy_driver_When_round_tripped_through_System_Text_Json_Then_nothing_is_lost()
    {
        var state = Driver.Initial with
        {
            Status = DriverStatus.Busy, JobKind = JobKind.Order, JobId = "order-1", OffersReceived = 3, OffersAccepted = 2,
            RatingCount = 1, RatingSum = 5, RecentlyRatedJobs = ["trip-0"],
        };

        var json = JsonSerializer.Serialize(state, Json);

        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<DriverState>(json, Json), Json));
    }

    [Fact]
    public void Given_a_trip_event_When_round_tripped_as_its_concrete_type_Then_it_is_equal()
    {
        TripEvent e = new TripEvent.V1.DriverOffered("driver-1", TripFixture.T0.AddSeconds(15), TripFixture.T0);

        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(e, e.GetType(), Json), e.GetType(), Json);

        Assert.Equal(e, back);
    }
}
