using Upjunoo.Domain.Common;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripDispatchSpec
{
    private static TripCommand.OfferToDriver Offer(string driverId, DateTimeOffset? now = null) =>
        new(driverId, (now ?? T0).AddSeconds(15), SystemParty, now ?? T0);

    [Fact]
    public void Given_a_requested_trip_When_dispatch_offers_it_to_a_driver_Then_it_is_dispatching_with_a_pending_attempt()
    {
        var state = Apply(Requested0, Trip.Decide(Offer(DriverId), Requested0));

        Assert.Equal(TripStatus.Dispatching, state.Status);
        Assert.Equal(new DispatchAttempt(DriverId, T0, T0.AddSeconds(15), OfferOutcome.Pending), Assert.Single(state.Attempts));
        Assert.Equal(TripStatus.Dispatching, state.Timeline[^1].Status);
    }

    [Theory]
    [InlineData(PartyRole.Rider)]
    [InlineData(PartyRole.Driver)]
    [InlineData(PartyRole.Support)]
    public void Given_a_requested_trip_When_anyone_but_the_system_offers_it_Then_it_is_forbidden(PartyRole role) =>
        Forbidden(Trip.Decide(new TripCommand.OfferToDriver(DriverId, T0.AddSeconds(15), new Party(DriverId, role), T0), Requested0));

    [Fact]
    public void Given_a_pending_offer_When_the_same_driver_is_offered_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(Offer(DriverId), Dispatching));

    [Fact]
    public void Given_a_pending_offer_When_another_driver_is_offered_before_expiry_Then_it_conflicts() =>
        Rejected(Trip.Decide(Offer(OtherDriverId, T0.AddSeconds(6)), Dispatching), RejectionKind.Conflict, "trip.offer-pending");

    [Fact]
    public void Given_a_pending_offer_past_expiry_When_another_driver_is_offered_Then_the_old_one_expires_first()
    {
        var decision = Trip.Decide(Offer(OtherDriverId, Expiry.AddSeconds(1)), Dispatching);
        var state = Apply(Dispatching, decision);

        Assert.Collection(decision.Events, e => Assert.IsType<OfferExpired>(e), e => Assert.IsType<DriverOffered>(e));
        Assert.Equal([OfferOutcome.Expired, OfferOutcome.Pending], state.Attempts.Select(a => a.Outcome));
    }

    [Fact]
    public void Given_a_requested_trip_When_offered_with_an_expiry_in_the_past_Then_it_is_invalid() =>
        Rejected(Trip.Decide(new TripCommand.OfferToDriver(DriverId, T0, SystemParty, T0), Requested0), RejectionKind.Invalid, "trip.invalid-offer");

    [Theory]
    [InlineData(TripStatus.DriverAssigned)]
    [InlineData(TripStatus.DriverArrived)]
    [InlineData(TripStatus.InProgress)]
    [InlineData(TripStatus.Completed)]
    [InlineData(TripStatus.Cancelled)]
    [InlineData(TripStatus.NoDriverFound)]
    public void Given_a_trip_no_longer_looking_for_a_driver_When_offered_Then_it_is_not_allowed(TripStatus status) =>
        NotAllowed(Trip.Decide(Offer(OtherDriverId, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_a_pending_offer_When_the_driver_accepts_in_time_Then_they_are_assigned()
    {
        var e = Single<DriverAssigned>(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi Yao", Car, Driver, T0.AddSeconds(8)), Dispatching));
        var state = Trip.Evolve(Dispatching, e);

        Assert.Equal(TripStatus.DriverAssigned, state.Status);
        Assert.Equal("Koffi", state.Driver!.FirstName);
        Assert.Equal(T0.AddSeconds(8), state.Driver.AssignedAt);
        Assert.Equal(OfferOutcome.Accepted, state.Attempts[^1].Outcome);
        Assert.Null(state.PendingOffer);
    }

    [Fact]
    public void Given_a_pending_offer_When_the_system_relays_the_acceptance_Then_the_driver_is_assigned() =>
        Single<DriverAssigned>(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi", Car, SystemParty, T0.AddSeconds(8)), Dispatching));

    [Fact]
    public void Given_a_pending_offer_When_the_driver_accepts_after_expiry_Then_the_offer_has_expired() =>
        Rejected(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi", Car, Driver, Expiry), Dispatching),
            RejectionKind.Conflict, "trip.offer-expired");

    [Fact]
    public void Given_a_pending_offer_When_another_driver_claims_to_accept_for_them_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi", Car, OtherDriver, T0.AddSeconds(8)), Dispatching));

    [Fact]
    public void Given_a_pending_offer_When_a_driver_without_an_offer_accepts_Then_it_conflicts() =>
        Rejected(Trip.Decide(new TripCommand.DriverAccepted(OtherDriverId, "Ama", Car, OtherDriver, T0.AddSeconds(8)), Dispatching),
            RejectionKind.Conflict, "trip.offer-not-pending");

    [Fact]
    public void Given_an_assigned_trip_When_the_same_driver_accepts_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi", Car, Driver, T0.AddSeconds(9)), Assigned));

    [Fact]
    public void Given_an_assigned_trip_When_another_driver_accepts_Then_it_is_already_assigned() =>
        Rejected(Trip.Decide(new TripCommand.DriverAccepted(OtherDriverId, "Ama", Car, OtherDriver, T0.AddSeconds(9)), Assigned),
            RejectionKind.Conflict, "trip.already-assigned");

    [Fact]
    public void Given_a_cancelled_trip_When_a_driver_accepts_late_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(new TripCommand.DriverAccepted(DriverId, "Koffi", Car, Driver, T0.AddSeconds(9)), Cancelled0));

    [Fact]
    public void Given_a_pending_offer_When_the_driver_declines_Then_the_attempt_is_declined_and_dispatch_continues()
    {
        var state = Apply(Dispatching, Trip.Decide(new TripCommand.DriverDeclined(DriverId, Driver, T0.AddSeconds(7)), Dispatching));

        Assert.Equal(TripStatus.Dispatching, state.Status);
        Assert.Equal(OfferOutcome.Declined, state.Attempts[^1].Outcome);
        Assert.False(state.AwaitingRiderChoice);
        Single<DriverOffered>(Trip.Decide(Offer(OtherDriverId, T0.AddSeconds(8)), state));
    }

    [Fact]
    public void Given_a_pending_offer_When_another_driver_declines_for_them_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.DriverDeclined(DriverId, OtherDriver, T0.AddSeconds(7)), Dispatching));

    [Fact]
    public void Given_no_pending_offer_for_the_driver_When_they_decline_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.DriverDeclined(OtherDriverId, OtherDriver, T0.AddSeconds(7)), Dispatching));

    [Fact]
    public void Given_a_pending_offer_When_it_expires_Then_the_attempt_is_expired() =>
        Assert.Equal(OfferOutcome.Expired,
            Apply(Dispatching, Trip.Decide(new TripCommand.OfferExpired(DriverId, SystemParty, Expiry), Dispatching)).Attempts[^1].Outcome);

    [Fact]
    public void Given_a_pending_offer_When_the_expiry_timer_fires_early_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.OfferExpired(DriverId, SystemParty, T0.AddSeconds(6)), Dispatching));

    [Fact]
    public void Given_a_pending_offer_When_a_driver_declares_it_expired_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.OfferExpired(DriverId, Driver, Expiry), Dispatching));

    [Fact]
    public void Given_an_assigned_trip_When_the_old_offer_timer_fires_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.OfferExpired(DriverId, SystemParty, Expiry), Assigned));

    [Fact]
    public void Given_a_pending_offer_When_no_driver_is_found_Then_the_trip_ends_and_the_offered_driver_is_released()
    {
        var e = Single<NoDriverFound>(Trip.Decide(new TripCommand.NoDriverFound(SystemParty, T0.AddMinutes(2)), Dispatching));
        var state = Trip.Evolve(Dispatching, e);

        Assert.Equal(DriverId, e.DriverToRelease);
        Assert.Equal(TripStatus.NoDriverFound, state.Status);
        Assert.Equal(OfferOutcome.Withdrawn, state.Attempts[^1].Outcome);
    }

    [Fact]
    public void Given_a_requested_trip_When_no_driver_is_found_Then_it_ends() =>
        Assert.Equal(TripStatus.NoDriverFound, Apply(Requested0, Trip.Decide(new TripCommand.NoDriverFound(SystemParty, T0), Requested0)).Status);

    [Fact]
    public void Given_no_driver_found_When_said_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.NoDriverFound(SystemParty, T0.AddMinutes(3)), NoDriverFound0));

    [Fact]
    public void Given_a_requested_trip_When_the_rider_declares_no_driver_found_Then_it_is_forbidden() =>
        Forbidden(Trip.Decide(new TripCommand.NoDriverFound(Rider, T0), Requested0));

    [Theory]
    [InlineData(TripStatus.DriverAssigned)]
    [InlineData(TripStatus.InProgress)]
    [InlineData(TripStatus.Completed)]
    [InlineData(TripStatus.Cancelled)]
    public void Given_a_trip_past_dispatch_When_no_driver_is_found_Then_it_is_not_allowed(TripStatus status) =>
        NotAllowed(Trip.Decide(new TripCommand.NoDriverFound(SystemParty, T0.AddHours(1)), StateIn(status)));
}
