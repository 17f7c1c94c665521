using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripPurgeSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static TripState Requested() =>
        Trip.Evolve(Trip.Initial, new Requested(
            "trip-1", "rider-1", "Awa", Domain.Countries.CountryCode.CI,
            new Place(new Domain.Geo.GeoPoint(5.33, -4.02), "Plateau"), new Place(new Domain.Geo.GeoPoint(5.35, -4.00), null),
            Domain.Fares.ServiceType.Standard, PaymentMethod.Cash, null, new Domain.Countries.Money(2000, "XOF"), T0));

    [Fact]
    public void Given_an_ended_trip_When_retention_purges_it_Then_a_marker_then_the_purge_and_nothing_is_left()
    {
        var ended = Trip.Evolve(Requested(), new NoDriverFound(null, T0.AddMinutes(1)));

        var decision = Trip.Decide(new TripCommand.Purge(Party.System, T0.AddYears(6)), ended);

        Assert.Collection(decision.Events, e => Assert.IsType<RetentionEnded>(e), e => Assert.IsType<Purged>(e));
        Assert.False(decision.Events.Aggregate(ended, Trip.Evolve).Exists);
    }

    [Fact]
    public void Given_a_trip_in_flight_When_retention_tries_to_purge_it_Then_refused()
    {
        var decision = Trip.Decide(new TripCommand.Purge(Party.System, T0.AddYears(6)), Requested());

        Assert.Equal("trip.not-allowed-in-state", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_an_ended_trip_When_a_rider_asks_to_purge_Then_forbidden()
    {
        var ended = Trip.Evolve(Requested(), new NoDriverFound(null, T0.AddMinutes(1)));

        Assert.Equal("trip.forbidden", Trip.Decide(new TripCommand.Purge(Party.Rider("rider-1"), T0), ended).Rejection!.Code);
    }
}
