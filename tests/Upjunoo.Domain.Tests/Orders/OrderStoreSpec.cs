using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using static Upjunoo.Domain.Orders.OrderEvent.V1;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderStoreSpec
{
    public static TheoryData<OrderParty> NotTheStore => [OtherStore, Customer, Courier, Support, SystemParty, new OrderParty(OwnerId, OrderPartyRole.Customer)];

    [Fact]
    public void Given_a_placed_order_When_the_store_accepts_Then_it_is_accepted_and_looking_for_a_courier()
    {
        var state = Apply(Placed0, DeliveryOrder.Decide(new OrderCommand.AcceptByStore(StoreOwner, T0.AddMinutes(1)), Placed0));

        Assert.Equal(OrderStatus.AcceptedByStore, state.Status);
        Assert.True(state.IsLookingForCourier);
        Assert.Equal(new OrderTimelineEntry(OrderStatus.AcceptedByStore, T0.AddMinutes(1)), state.Timeline[^1]);
    }

    [Theory]
    [MemberData(nameof(NotTheStore))]
    public void Given_a_placed_order_When_anyone_but_its_store_accepts_rejects_or_marks_it_ready_Then_it_is_forbidden(OrderParty by)
    {
        Forbidden(DeliveryOrder.Decide(new OrderCommand.AcceptByStore(by, T0), Placed0));
        Forbidden(DeliveryOrder.Decide(new OrderCommand.RejectByStore(null, by, T0), Placed0));
        Forbidden(DeliveryOrder.Decide(new OrderCommand.MarkReady(by, T0), Accepted));
    }

    [Theory]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    public void Given_an_order_the_store_already_accepted_When_it_accepts_again_Then_nothing_happens(OrderStatus status) =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.AcceptByStore(StoreOwner, T0.AddHours(1)), StateIn(status)));

    [Theory]
    [InlineData(OrderStatus.RejectedByStore)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.NoCourierFound)]
    public void Given_an_order_that_ended_early_When_the_store_accepts_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(new OrderCommand.AcceptByStore(StoreOwner, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_a_placed_order_When_the_store_rejects_it_with_a_reason_Then_it_is_rejected_and_the_reason_kept()
    {
        var state = Apply(Placed0, DeliveryOrder.Decide(new OrderCommand.RejectByStore(" Plus de riz ", StoreOwner, T0.AddMinutes(1)), Placed0));

        Assert.Equal(OrderStatus.RejectedByStore, state.Status);
        Assert.Equal(new OrderCancellation(StoreOwner, "Plus de riz", T0.AddMinutes(1)), state.Cancellation);
    }

    [Fact]
    public void Given_a_rejected_order_When_the_store_rejects_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.RejectByStore(null, StoreOwner, T0.AddMinutes(2)), Rejected0));

    [Theory]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.CourierAssigned)]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    [InlineData(OrderStatus.Cancelled)]
    public void Given_an_order_past_placement_When_the_store_rejects_it_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(new OrderCommand.RejectByStore(null, StoreOwner, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_a_placed_order_When_the_store_rejects_with_a_reason_too_long_Then_it_is_invalid() =>
        Rejected(
            DeliveryOrder.Decide(new OrderCommand.RejectByStore(new string('r', 501), StoreOwner, T0), Placed0),
            RejectionKind.Invalid, "order.invalid-reason");

    [Fact]
    public void Given_an_accepted_order_When_the_store_marks_it_ready_Then_it_is_ready_and_still_looking_for_a_courier()
    {
        var state = Apply(Accepted, DeliveryOrder.Decide(new OrderCommand.MarkReady(StoreOwner, T0.AddMinutes(12)), Accepted));

        Assert.Equal(OrderStatus.Ready, state.Status);
        Assert.Equal(T0.AddMinutes(12), state.ReadyAt);
        Assert.True(state.IsLookingForCourier);
    }

    [Fact]
    public void Given_a_courier_already_assigned_When_the_store_marks_it_ready_Then_it_is_ready_and_keeps_its_courier()
    {
        var state = Apply(Assigned, DeliveryOrder.Decide(new OrderCommand.MarkReady(StoreOwner, T0.AddMinutes(12)), Assigned));

        Assert.Equal(OrderStatus.Ready, state.Status);
        Assert.Equal(CourierId, state.Courier!.CourierId);
        Assert.Equal(
            [OrderStatus.Placed, OrderStatus.AcceptedByStore, OrderStatus.CourierAssigned, OrderStatus.Ready],
            state.Timeline.Select(t => t.Status));
    }

    [Theory]
    [InlineData(OrderStatus.Ready)]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    public void Given_an_order_already_ready_When_marked_ready_again_Then_nothing_happens(OrderStatus status) =>
        Nothing(DeliveryOrder.Decide(new OrderCommand.MarkReady(StoreOwner, T0.AddHours(1)), StateIn(status)));

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.RejectedByStore)]
    [InlineData(OrderStatus.Cancelled)]
    [InlineData(OrderStatus.NoCourierFound)]
    public void Given_an_order_not_accepted_or_ended_When_marked_ready_Then_it_is_not_allowed(OrderStatus status) =>
        NotAllowed(DeliveryOrder.Decide(new OrderCommand.MarkReady(StoreOwner, T0.AddHours(1)), StateIn(status)));

    [Fact]
    public void Given_an_order_When_a_command_arrives_with_an_earlier_clock_Then_the_timeline_never_goes_back()
    {
        var state = Apply(Placed0, DeliveryOrder.Decide(new OrderCommand.AcceptByStore(StoreOwner, T0.AddMinutes(-5)), Placed0));

        Assert.Equal(T0, state.Timeline[^1].At);
    }
}
