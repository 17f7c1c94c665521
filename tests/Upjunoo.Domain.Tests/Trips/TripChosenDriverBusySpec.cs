using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripChosenDriverBusySpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static TripState Requested(string? chosen) =>
        Trip.Evolve(Trip.Initial, new Requested(
            "trip-1", "rider-1", "Awa", Domain.Countries.CountryCode.CI,
            new Place(new Domain.Geo.GeoPoint(5.33, -4.02), null), new Place(new Domain.Geo.GeoPoint(5.35, -4.00), null),
            Domain.Fares.ServiceType.Standard, PaymentMethod.Cash, chosen, new Domain.Countries.Money(2000, "XOF"), T0));

    [Fact]
    public void Given_a_chosen_driver_When_dispatch_finds_them_busy_Then_the_rider_must_choose_again()
    {
        var decision = Trip.Decide(new TripCommand.ChosenDriverBusy("driver-9", Party.System, T0.AddSeconds(1)), Requested("driver-9"));

        Assert.Equal("driver-9", Assert.IsType<ChosenDriverUnavailable>(Assert.Single(decision.Events)).DriverId);
        Assert.True(decision.Events.Aggregate(Requested("driver-9"), Trip.Evolve).AwaitingRiderChoice);
    }

    [Fact]
    public void Given_automatic_matching_When_a_driver_is_busy_Then_nothing_happens()
    {
        var decision = Trip.Decide(new TripCommand.ChosenDriverBusy("driver-9", Party.System, T0), Requested(null));

        Assert.Empty(decision.Events);
        Assert.False(decision.IsRejected);
    }

    [Fact]
    public void Given_a_chosen_driver_When_a_rider_claims_they_are_busy_Then_forbidden()
    {
        var decision = Trip.Decide(new TripCommand.ChosenDriverBusy("driver-9", Party.Rider("rider-1"), T0), Requested("driver-9"));

        Assert.Equal("trip.forbidden", decision.Rejection!.Code);
    }
}
