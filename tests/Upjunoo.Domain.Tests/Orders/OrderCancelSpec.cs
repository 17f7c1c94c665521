using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Orders.OrderEvent.V1;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderCancelSpec
{
    private static OrderCommand.Cancel CancelBy(OrderParty by, string? reason = null) => new(reason, by, T0.AddMinutes(40));

    [Fact]
    public void Given_a_placed_order_When_the_customer_cancels_Then_it_is_cancelled_for_free()
    {
        var e = Single<Cancelled>(DeliveryOrder.Decide(CancelBy(Customer, " changed my mind "), Placed0));
        var state = DeliveryOrder.Evolve(Placed0, e);

        Assert.Equal(OrderStatus.Cancelled, state.Status);
        Assert.Equal(new OrderCancellation(Customer, "changed my mind", T0.AddMinutes(40)), state.Cancellation);
        Assert.Equal(new Countries.Money(9_000, "XOF"), state.Total); // nothing added: no cancellation fee exists for orders
    }

    [Theory]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    public void Given_the_store_accepted_When_the_customer_cancels_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(CancelBy(Customer), StateIn(status)));

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    public void Given_an_open_order_When_support_cancels_Then_it_is_cancelled(OrderStatus status) =>
        Assert.Equal(OrderStatus.Cancelled, Apply(StateIn(status), DeliveryOrder.Decide(CancelBy(Support), StateIn(status))).Status);

    [Theory]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.RejectedByStore)]
    [InlineData(OrderStatus.NoCourierFound)]
    public void Given_an_order_that_ended_When_support_cancels_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(CancelBy(Support), StateIn(status)));

    [Fact]
    public void Given_a_placed_order_When_the_system_cancels_because_the_store_never_answered_Then_it_is_cancelled_but_not_later()
    {
        Single<Cancelled>(DeliveryOrder.Decide(CancelBy(SystemParty, "store did not answer"), Placed0));
        NotAllowed(DeliveryOrder.Decide(CancelBy(SystemParty), Accepted));
    }

    [Fact]
    public void Given_an_assigned_courier_When_support_cancels_Then_the_courier_is_released()
    {
        var e = Single<Cancelled>(DeliveryOrder.Decide(CancelBy(Support), ReadyAndAssigned));

        Assert.Equal(CourierId, e.CourierToRelease);
    }

    [Fact]
    public void Given_a_pending_offer_When_support_cancels_Then_the_offered_courier_is_released_and_the_offer_withdrawn()
    {
        var e = Single<Cancelled>(DeliveryOrder.Decide(CancelBy(Support), Offered));

        Assert.Equal(CourierId, e.CourierToRelease);
        Assert.Equal(OfferOutcome.Withdrawn, DeliveryOrder.Evolve(Offered, e).Attempts[^1].Outcome);
    }

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.CourierAssigned)]
    public void Given_an_order_When_its_store_its_courier_or_a_stranger_cancels_Then_it_is_forbidden(OrderStatus status)
    {
        Forbidden(DeliveryOrder.Decide(CancelBy(StoreOwner), StateIn(status)));
        Forbidden(DeliveryOrder.Decide(CancelBy(Courier), StateIn(status)));
        Forbidden(DeliveryOrder.Decide(CancelBy(OtherCustomer), StateIn(status)));
    }

    [Fact]
    public void Given_a_cancelled_order_When_cancelled_again_Then_nothing_happens()
    {
        Nothing(DeliveryOrder.Decide(CancelBy(Customer), Cancelled0));
        Nothing(DeliveryOrder.Decide(CancelBy(Support), Cancelled0));
    }

    [Fact]
    public void Given_a_placed_order_When_the_reason_is_too_long_Then_it_is_invalid() =>
        Rejected(DeliveryOrder.Decide(CancelBy(Customer, new string('r', 501)), Placed0), RejectionKind.Invalid, "order.invalid-reason");
}
