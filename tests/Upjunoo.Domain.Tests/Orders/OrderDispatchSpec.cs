using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Orders.OrderEvent.V1;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderDispatchSpec
{
    private static readonly DateTimeOffset OfferTime = T0.AddMinutes(2);

    private static OrderCommand.OfferToCourier Offer(string courierId, DateTimeOffset? now = null) =>
        new(courierId, (now ?? OfferTime).AddSeconds(20), SystemParty, now ?? OfferTime);

    [Theory]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    public void Given_an_order_the_store_accepted_When_dispatch_offers_it_Then_a_pending_attempt_is_recorded_and_the_status_stays(OrderStatus status)
    {
        var before = StateIn(status);
        var state = Apply(before, DeliveryOrder.Decide(Offer(CourierId), before));

        Assert.Equal(status, state.Status);
        Assert.Equal(new CourierAttempt(CourierId, state.Timeline[^1].At > OfferTime ? state.Timeline[^1].At : OfferTime, OfferTime.AddSeconds(20), OfferOutcome.Pending), Assert.Single(state.Attempts));
        Assert.Equal(CourierId, state.PendingOffer!.CourierId);
    }

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.RejectedByStore)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.NoCourierFound)]
    public void Given_an_order_not_looking_for_a_courier_When_offered_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(Offer(OtherCourierId, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_a_ready_order_with_a_courier_When_offered_to_another_Then_it_is_not_allowed() =>
        NotAllowed(DeliveryOrder.Decide(Offer(OtherCourierId, T0.AddHours(1)), ReadyAndAssigned));

    [Theory]
    [InlineData(OrderPartyRole.Customer)]
    [InlineData(OrderPartyRole.Store)]
    [InlineData(OrderPartyRole.Courier)]
    [InlineData(OrderPartyRole.Support)]
    public void Given_an_accepted_order_When_anyone_but_the_system_offers_it_or_expires_an_offer_or_gives_up_Then_it_is_forbidden(OrderPartyRole role)
    {
        var by = new OrderParty(CourierId, role);

        Forbidden(DeliveryOrder.Decide(new OrderCommand.OfferToCourier(CourierId, Expiry, by, OfferTime), Accepted));
        Forbidden(DeliveryOrder.Decide(new OrderCommand.OfferExpired(CourierId, by, Expiry), Offered));
        Forbidden(DeliveryOrder.Decide(new OrderCommand.NoCourierFound(by, Expiry), Offered));
    }

    [Fact]
    public void Given_a_pending_offer_When_the_same_courier_is_offered_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(Offer(CourierId), Offered));

    [Fact]
    public void Given_a_pending_offer_When_another_courier_is_offered_before_expiry_Then_it_conflicts() =>
        Rejected(DeliveryOrder.Decide(Offer(OtherCourierId, OfferTime.AddSeconds(5)), Offered), RejectionKind.Conflict, "order.offer-pending");

    [Fact]
    public void Given_a_pending_offer_past_expiry_When_another_courier_is_offered_Then_the_old_one_expires_first()
    {
        var decision = DeliveryOrder.Decide(Offer(OtherCourierId, Expiry.AddSeconds(1)), Offered);
        var state = Apply(Offered, decision);

        Assert.Collection(decision.Events, e => Assert.IsType<OfferExpired>(e), e => Assert.IsType<CourierOffered>(e));
        Assert.Equal([OfferOutcome.Expired, OfferOutcome.Pending], state.Attempts.Select(a => a.Outcome));
    }

    [Fact]
    public void Given_an_accepted_order_When_offered_with_an_expiry_in_the_past_or_a_bad_id_Then_it_is_invalid()
    {
        Rejected(DeliveryOrder.Decide(new OrderCommand.OfferToCourier(CourierId, OfferTime, SystemParty, OfferTime), Accepted), RejectionKind.Invalid, "order.invalid-offer");
        Rejected(DeliveryOrder.Decide(Offer("bad id"), Accepted), RejectionKind.Invalid, "order.invalid-offer");
    }

    [Fact]
    public void Given_a_pending_offer_When_the_courier_accepts_Then_they_are_assigned_with_their_first_name_only()
    {
        var state = Apply(Offered, DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi Yao", Courier, OfferTime.AddSeconds(10)), Offered));

        Assert.Equal(OrderStatus.CourierAssigned, state.Status);
        Assert.Equal(new AssignedCourier(CourierId, "Koffi", OfferTime.AddSeconds(10)), state.Courier);
        Assert.Equal(OfferOutcome.Accepted, state.Attempts[^1].Outcome);
        Assert.False(state.IsReady);
        Assert.False(state.IsLookingForCourier);
    }

    [Fact]
    public void Given_a_ready_order_with_a_pending_offer_When_the_courier_accepts_Then_it_is_assigned_and_still_ready()
    {
        var offered = Apply(Ready, DeliveryOrder.Decide(Offer(CourierId, T0.AddMinutes(13)), Ready));
        var state = Apply(offered, DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi", Courier, T0.AddMinutes(13).AddSeconds(5)), offered));

        Assert.Equal(OrderStatus.CourierAssigned, state.Status);
        Assert.True(state.IsReady);
    }

    [Fact]
    public void Given_an_assigned_courier_When_they_accept_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi", Courier, T0.AddMinutes(5)), Assigned));

    [Fact]
    public void Given_an_assigned_courier_When_another_courier_accepts_Then_it_conflicts() =>
        Rejected(
            DeliveryOrder.Decide(new OrderCommand.CourierAccepted(OtherCourierId, "Yao", OtherCourier, T0.AddMinutes(5)), Assigned),
            RejectionKind.Conflict, "order.already-assigned");

    [Fact]
    public void Given_a_pending_offer_When_another_courier_accepts_Then_it_conflicts() =>
        Rejected(
            DeliveryOrder.Decide(new OrderCommand.CourierAccepted(OtherCourierId, "Yao", OtherCourier, OfferTime.AddSeconds(5)), Offered),
            RejectionKind.Conflict, "order.offer-not-pending");

    [Fact]
    public void Given_a_pending_offer_When_the_courier_accepts_after_expiry_Then_it_conflicts() =>
        Rejected(
            DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi", Courier, Expiry), Offered),
            RejectionKind.Conflict, "order.offer-expired");

    [Fact]
    public void Given_a_pending_offer_When_someone_else_answers_for_the_courier_Then_it_is_forbidden()
    {
        Forbidden(DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi", OtherCourier, OfferTime), Offered));
        Forbidden(DeliveryOrder.Decide(new OrderCommand.CourierDeclined(CourierId, Customer, OfferTime), Offered));
    }

    [Fact]
    public void Given_a_placed_order_When_a_courier_accepts_Then_it_is_not_allowed() =>
        NotAllowed(DeliveryOrder.Decide(new OrderCommand.CourierAccepted(CourierId, "Koffi", Courier, T0), Placed0));

    [Fact]
    public void Given_a_pending_offer_When_the_courier_declines_Then_the_offer_ends_and_dispatch_goes_on()
    {
        var state = Apply(Offered, DeliveryOrder.Decide(new OrderCommand.CourierDeclined(CourierId, Courier, OfferTime.AddSeconds(5)), Offered));

        Assert.Equal(OfferOutcome.Declined, state.Attempts[^1].Outcome);
        Assert.True(state.IsLookingForCourier);
        Assert.Null(state.PendingOffer);
    }

    [Fact]
    public void Given_no_pending_offer_for_a_courier_When_they_decline_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.CourierDeclined(OtherCourierId, OtherCourier, OfferTime), Offered));

    [Fact]
    public void Given_an_assigned_courier_When_they_decline_Then_it_conflicts_because_a_courier_cannot_hand_an_order_back() =>
        Rejected(
            DeliveryOrder.Decide(new OrderCommand.CourierDeclined(CourierId, Courier, T0.AddMinutes(5)), ReadyAndAssigned),
            RejectionKind.Conflict, "order.offer-already-accepted");

    [Fact]
    public void Given_a_pending_offer_When_its_timer_fires_after_expiry_Then_it_expires()
    {
        var state = Apply(Offered, DeliveryOrder.Decide(new OrderCommand.OfferExpired(CourierId, SystemParty, Expiry), Offered));

        Assert.Equal(OfferOutcome.Expired, state.Attempts[^1].Outcome);
    }

    [Fact]
    public void Given_a_pending_offer_When_its_timer_fires_early_or_for_another_courier_Then_nothing_happens()
    {
        Nothing(DeliveryOrder.Decide(new OrderCommand.OfferExpired(CourierId, SystemParty, OfferTime.AddSeconds(1)), Offered));
        Nothing(DeliveryOrder.Decide(new OrderCommand.OfferExpired(OtherCourierId, SystemParty, Expiry), Offered));
    }

    [Theory]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    public void Given_an_order_looking_for_a_courier_When_dispatch_gives_up_Then_no_courier_was_found(OrderStatus status)
    {
        var state = Apply(StateIn(status), DeliveryOrder.Decide(new OrderCommand.NoCourierFound(SystemParty, T0.AddMinutes(20)), StateIn(status)));

        Assert.Equal(OrderStatus.NoCourierFound, state.Status);
    }

    [Fact]
    public void Given_a_pending_offer_When_dispatch_gives_up_Then_the_offered_courier_is_released_and_the_offer_withdrawn()
    {
        var e = Single<NoCourierFound>(DeliveryOrder.Decide(new OrderCommand.NoCourierFound(SystemParty, T0.AddMinutes(20)), Offered));

        Assert.Equal(CourierId, e.CourierToRelease);
        Assert.Equal(OfferOutcome.Withdrawn, DeliveryOrder.Evolve(Offered, e).Attempts[^1].Outcome);
    }

    [Fact]
    public void Given_no_courier_found_When_dispatch_gives_up_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.NoCourierFound(SystemParty, T0.AddMinutes(30)), NoCourierFound0));

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Cancelled)]
    public void Given_an_order_not_looking_for_a_courier_When_dispatch_gives_up_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(new OrderCommand.NoCourierFound(SystemParty, T0.AddHours(1)), StateIn(status)));
}
