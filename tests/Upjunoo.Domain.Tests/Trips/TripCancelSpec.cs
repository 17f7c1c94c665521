using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripCancelSpec
{
    private static TripCommand.Cancel CancelBy(Party by, DateTimeOffset at, string? reason = null) => new(reason, by, at);

    [Theory]
    [InlineData(TripStatus.Requested)]
    [InlineData(TripStatus.Dispatching)]
    public void Given_no_driver_assigned_When_the_rider_cancels_Then_it_is_free(TripStatus status)
    {
        var e = Single<Cancelled>(Trip.Decide(CancelBy(Rider, T0.AddMinutes(10), "changed my mind"), StateIn(status)));
        var state = Trip.Evolve(StateIn(status), e);

        Assert.Equal(new Money(0, "XOF"), e.Fee);
        Assert.Equal(TripStatus.Cancelled, state.Status);
        Assert.Equal("changed my mind", state.Cancellation!.Reason);
    }

    [Fact]
    public void Given_a_pending_offer_When_the_rider_cancels_Then_the_offered_driver_is_released_and_the_offer_withdrawn()
    {
        var e = Single<Cancelled>(Trip.Decide(CancelBy(Rider, T0.AddSeconds(6)), Dispatching));

        Assert.Equal(DriverId, e.DriverToRelease);
        Assert.Equal(OfferOutcome.Withdrawn, Trip.Evolve(Dispatching, e).Attempts[^1].Outcome);
    }

    [Fact]
    public void Given_a_driver_assigned_a_minute_ago_When_the_rider_cancels_Then_it_is_free_and_the_driver_released()
    {
        var e = Single<Cancelled>(Trip.Decide(CancelBy(Rider, T0.AddSeconds(70)), Assigned));

        Assert.Equal(0, e.Fee.Amount);
        Assert.Equal(DriverId, e.DriverToRelease);
    }

    [Theory]
    [InlineData(CountryCode.CA, 500, "CAD")]
    [InlineData(CountryCode.CI, 500, "XOF")]
    [InlineData(CountryCode.CD, 200_000, "CDF")]
    public void Given_a_driver_assigned_long_ago_When_the_rider_cancels_Then_the_country_late_fee_applies(CountryCode country, long fee, string currency)
    {
        var state = Given(Requested(country: country), new DriverOffered(DriverId, Expiry, T0), new DriverAssigned(DriverId, "Koffi", Car, T0.AddSeconds(5)));

        var e = Single<Cancelled>(Trip.Decide(CancelBy(Rider, T0.AddMinutes(4)), state));

        Assert.Equal(new Money(fee, currency), e.Fee);
    }

    [Theory]
    [InlineData(CountryCode.CA, 700, "CAD")]
    [InlineData(CountryCode.CI, 1_000, "XOF")]
    [InlineData(CountryCode.CD, 300_000, "CDF")]
    public void Given_the_driver_arrived_When_the_rider_cancels_Then_the_country_arrived_fee_applies(CountryCode country, long fee, string currency)
    {
        var state = Given(
            Requested(country: country), new DriverOffered(DriverId, Expiry, T0), new DriverAssigned(DriverId, "Koffi", Car, T0.AddSeconds(5)),
            new DriverArrived(T0.AddSeconds(60)));

        var e = Single<Cancelled>(Trip.Decide(CancelBy(Rider, T0.AddSeconds(90)), state));

        Assert.Equal(new Money(fee, currency), e.Fee);
    }

    [Theory]
    [InlineData(TripStatus.DriverAssigned)]
    [InlineData(TripStatus.DriverArrived)]
    public void Given_an_assigned_driver_When_they_cancel_before_the_start_Then_the_rider_pays_nothing(TripStatus status)
    {
        var e = Single<Cancelled>(Trip.Decide(CancelBy(Driver, T0.AddMinutes(10), "flat tyre"), StateIn(status)));

        Assert.Equal(0, e.Fee.Amount);
        Assert.Equal(PartyRole.Driver, e.By.Role);
    }

    [Fact]
    public void Given_a_trip_in_progress_When_the_rider_cancels_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(CancelBy(Rider, T0.AddMinutes(10)), InProgress));

    [Fact]
    public void Given_a_trip_in_progress_When_the_driver_cancels_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(CancelBy(Driver, T0.AddMinutes(10)), InProgress));

    [Fact]
    public void Given_a_trip_in_progress_When_the_system_cancels_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(CancelBy(SystemParty, T0.AddMinutes(10)), InProgress));

    [Fact]
    public void Given_a_trip_in_progress_When_support_cancels_Then_it_is_cancelled_without_fee()
    {
        var e = Single<Cancelled>(Trip.Decide(CancelBy(Support, T0.AddMinutes(10), "safety report"), InProgress));

        Assert.Equal(0, e.Fee.Amount);
        Assert.Equal(DriverId, e.DriverToRelease);
    }

    [Theory]
    [InlineData(TripStatus.Completed)]
    [InlineData(TripStatus.NoDriverFound)]
    public void Given_an_ended_trip_When_support_cancels_Then_it_is_not_allowed(TripStatus status) =>
        NotAllowed(Trip.Decide(CancelBy(Support, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_a_cancelled_trip_When_cancelled_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(CancelBy(Rider, T0.AddMinutes(3)), Cancelled0));

    [Theory]
    [InlineData(TripStatus.Requested)]
    [InlineData(TripStatus.Dispatching)]
    [InlineData(TripStatus.DriverAssigned)]
    [InlineData(TripStatus.Cancelled)]
    public void Given_a_trip_When_another_rider_cancels_Then_it_is_forbidden(TripStatus status) =>
        Forbidden(Trip.Decide(CancelBy(OtherRider, T0.AddMinutes(3)), StateIn(status)));

    [Theory]
    [InlineData(TripStatus.Dispatching)]
    [InlineData(TripStatus.DriverAssigned)]
    public void Given_a_trip_When_a_driver_who_is_not_assigned_cancels_Then_it_is_forbidden(TripStatus status) =>
        Forbidden(Trip.Decide(CancelBy(OtherDriver, T0.AddMinutes(3)), StateIn(status)));

    [Fact]
    public void Given_a_pending_offer_When_the_offered_driver_cancels_instead_of_declining_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(CancelBy(Driver, T0.AddSeconds(6)), Dispatching));

    [Fact]
    public void Given_a_trip_When_cancelled_with_an_overlong_reason_Then_it_is_invalid() =>
        Rejected(Trip.Decide(CancelBy(Rider, T0, new string('x', 501)), Requested0), RejectionKind.Invalid, "trip.invalid-reason");
}
