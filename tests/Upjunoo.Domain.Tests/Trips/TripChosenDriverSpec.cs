using Upjunoo.Domain.Common;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripChosenDriverSpec
{
    private static TripState ChosenRequested => Given(Requested(chosenDriverId: DriverId));

    private static TripState ChosenOffered => Given(Requested(chosenDriverId: DriverId), new DriverOffered(DriverId, Expiry, T0.AddSeconds(1)));

    private static TripState AwaitingChoice =>
        Given(Requested(chosenDriverId: DriverId), new DriverOffered(DriverId, Expiry, T0.AddSeconds(1)),
            new OfferDeclined(DriverId, T0.AddSeconds(4)), new ChosenDriverUnavailable(DriverId, T0.AddSeconds(4)));

    [Fact]
    public void Given_a_chosen_driver_When_dispatch_offers_another_driver_Then_it_conflicts() =>
        Rejected(Trip.Decide(new TripCommand.OfferToDriver(OtherDriverId, Expiry, SystemParty, T0), ChosenRequested),
            RejectionKind.Conflict, "trip.chosen-driver-only");

    [Fact]
    public void Given_a_chosen_driver_When_dispatch_offers_them_Then_they_get_the_offer() =>
        Single<DriverOffered>(Trip.Decide(new TripCommand.OfferToDriver(DriverId, Expiry, SystemParty, T0), ChosenRequested));

    [Fact]
    public void Given_the_chosen_driver_is_offered_When_they_decline_Then_the_rider_is_told_and_dispatch_waits()
    {
        var decision = Trip.Decide(new TripCommand.DriverDeclined(DriverId, Driver, T0.AddSeconds(4)), ChosenOffered);
        var state = Apply(ChosenOffered, decision);

        Assert.Collection(decision.Events, e => Assert.IsType<OfferDeclined>(e), e => Assert.IsType<ChosenDriverUnavailable>(e));
        Assert.Equal(TripStatus.Dispatching, state.Status);
        Assert.True(state.AwaitingRiderChoice);
    }

    [Fact]
    public void Given_the_chosen_driver_is_offered_When_the_offer_times_out_Then_the_rider_is_told()
    {
        var state = Apply(ChosenOffered, Trip.Decide(new TripCommand.OfferExpired(DriverId, SystemParty, Expiry), ChosenOffered));

        Assert.True(state.AwaitingRiderChoice);
        Assert.Equal(OfferOutcome.Expired, state.Attempts[^1].Outcome);
    }

    [Fact]
    public void Given_the_rider_must_choose_When_dispatch_offers_anyone_Then_it_waits_for_the_rider() =>
        Rejected(Trip.Decide(new TripCommand.OfferToDriver(OtherDriverId, Expiry, SystemParty, T0.AddSeconds(5)), AwaitingChoice),
            RejectionKind.Conflict, "trip.awaiting-rider-choice");

    [Fact]
    public void Given_the_rider_must_choose_When_they_pick_another_driver_Then_only_that_driver_may_be_offered()
    {
        var state = Apply(AwaitingChoice, Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, Rider, T0.AddSeconds(10)), AwaitingChoice));

        Assert.False(state.AwaitingRiderChoice);
        Assert.Equal(OtherDriverId, state.ChosenDriverId);
        Single<DriverOffered>(Trip.Decide(new TripCommand.OfferToDriver(OtherDriverId, T0.AddSeconds(30), SystemParty, T0.AddSeconds(11)), state));
    }

    [Fact]
    public void Given_the_rider_must_choose_When_they_ask_for_automatic_matching_Then_any_driver_may_be_offered()
    {
        var state = Apply(AwaitingChoice, Trip.Decide(new TripCommand.ChooseDriver(null, Rider, T0.AddSeconds(10)), AwaitingChoice));

        Assert.Null(state.ChosenDriverId);
        Single<DriverOffered>(Trip.Decide(new TripCommand.OfferToDriver("driver-3", T0.AddSeconds(30), SystemParty, T0.AddSeconds(11)), state));
    }

    [Fact]
    public void Given_the_rider_must_choose_When_support_picks_for_them_Then_it_is_accepted() =>
        Single<DriverChosen>(Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, Support, T0.AddSeconds(10)), AwaitingChoice));

    [Fact]
    public void Given_the_rider_must_choose_When_another_rider_picks_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, OtherRider, T0.AddSeconds(10)), AwaitingChoice));

    [Fact]
    public void Given_the_rider_must_choose_When_a_driver_picks_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, OtherDriver, T0.AddSeconds(10)), AwaitingChoice));

    [Fact]
    public void Given_the_chosen_driver_still_considering_When_the_rider_picks_another_Then_it_conflicts() =>
        Rejected(Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, Rider, T0.AddSeconds(2)), ChosenOffered),
            RejectionKind.Conflict, "trip.not-awaiting-choice");

    [Fact]
    public void Given_a_chosen_driver_When_the_rider_chooses_the_same_one_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.ChooseDriver(DriverId, Rider, T0.AddSeconds(2)), ChosenOffered));

    [Fact]
    public void Given_an_assigned_trip_When_the_rider_chooses_a_driver_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(new TripCommand.ChooseDriver(OtherDriverId, Rider, T0.AddMinutes(1)), Assigned));

    [Fact]
    public void Given_the_rider_must_choose_When_the_rider_cancels_Then_it_is_free_and_no_longer_waiting()
    {
        var e = Single<Cancelled>(Trip.Decide(new TripCommand.Cancel(null, Rider, T0.AddSeconds(20)), AwaitingChoice));

        Assert.Equal(0, e.Fee.Amount);
        Assert.False(Trip.Evolve(AwaitingChoice, e).AwaitingRiderChoice);
    }
}
