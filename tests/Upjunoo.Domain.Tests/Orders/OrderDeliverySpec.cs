using Upjunoo.Domain.Common;
using Upjunoo.Domain.Orders;
using static Upjunoo.Domain.Orders.OrderEvent.V1;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderDeliverySpec
{
    private static OrderCommand.PickUp PickUp(OrderParty by) => new(by, T0.AddMinutes(14));

    private static OrderCommand.Deliver Deliver(OrderParty by, ProofPhoto? photo = null) => new(photo ?? Photo, by, T0.AddMinutes(30));

    [Fact]
    public void Given_a_ready_order_with_its_courier_When_the_courier_picks_it_up_Then_it_is_picked_up()
    {
        var state = Apply(ReadyAndAssigned, DeliveryOrder.Decide(PickUp(Courier), ReadyAndAssigned));

        Assert.Equal(OrderStatus.PickedUp, state.Status);
    }

    [Fact]
    public void Given_a_courier_assigned_before_the_goods_are_ready_When_they_pick_up_Then_it_conflicts_until_the_store_marks_it_ready()
    {
        Rejected(DeliveryOrder.Decide(PickUp(Courier), Assigned), RejectionKind.Conflict, "order.not-ready");

        var ready = Apply(Assigned, DeliveryOrder.Decide(new OrderCommand.MarkReady(StoreOwner, T0.AddMinutes(12)), Assigned));
        Single<PickedUp>(DeliveryOrder.Decide(PickUp(Courier), ready));
    }

    [Theory]
    [InlineData(OrderStatus.Placed)]
    [InlineData(OrderStatus.AcceptedByStore)]
    [InlineData(OrderStatus.Ready)]
    public void Given_an_order_without_a_courier_When_a_courier_picks_it_up_Then_it_is_forbidden(OrderStatus status) =>
        Forbidden(DeliveryOrder.Decide(PickUp(Courier), StateIn(status)));

    [Fact]
    public void Given_a_ready_order_with_its_courier_When_anyone_else_picks_it_up_or_delivers_Then_it_is_forbidden()
    {
        foreach (var by in new[] { OtherCourier, Customer, StoreOwner, Support, SystemParty, new OrderParty(CourierId, OrderPartyRole.Customer) })
        {
            Forbidden(DeliveryOrder.Decide(PickUp(by), ReadyAndAssigned));
            Forbidden(DeliveryOrder.Decide(Deliver(by), PickedUp0));
        }
    }

    [Theory]
    [InlineData(OrderStatus.PickedUp)]
    [InlineData(OrderStatus.Delivered)]
    public void Given_an_order_already_picked_up_When_picked_up_again_Then_nothing_happens(OrderStatus status) =>
        Nothing(DeliveryOrder.Decide(PickUp(Courier), StateIn(status)));

    [Fact]
    public void Given_a_picked_up_order_cancelled_by_support_When_the_courier_picks_up_Then_it_is_not_allowed()
    {
        var cancelled = Apply(ReadyAndAssigned, DeliveryOrder.Decide(new OrderCommand.Cancel("fraud", Support, T0.AddMinutes(13)), ReadyAndAssigned));

        NotAllowed(DeliveryOrder.Decide(PickUp(Courier), cancelled));
        NotAllowed(DeliveryOrder.Decide(Deliver(Courier), cancelled));
    }

    [Fact]
    public void Given_a_picked_up_order_When_the_courier_delivers_with_a_photo_Then_it_is_delivered_with_the_proof_and_the_courier_is_freed()
    {
        var e = Single<Delivered>(DeliveryOrder.Decide(Deliver(Courier), PickedUp0));
        var state = DeliveryOrder.Evolve(PickedUp0, e);

        Assert.Equal(CourierId, e.CourierId);
        Assert.Equal(OrderStatus.Delivered, state.Status);
        Assert.Equal(Photo, state.Proof);
        Assert.Equal(
            [OrderStatus.Placed, OrderStatus.AcceptedByStore, OrderStatus.CourierAssigned, OrderStatus.Ready, OrderStatus.PickedUp, OrderStatus.Delivered],
            state.Timeline.Select(t => t.Status));
    }

    [Fact]
    public void Given_a_delivered_order_When_delivered_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(Deliver(Courier), Delivered0));

    [Fact]
    public void Given_an_order_not_yet_picked_up_When_the_courier_delivers_Then_it_is_not_allowed() =>
        NotAllowed(DeliveryOrder.Decide(Deliver(Courier), ReadyAndAssigned));

    [Theory]
    [InlineData("blob-1", "image/gif", 1_000)]
    [InlineData("blob-1", "image/jpeg", 0)]
    [InlineData("blob-1", "image/png", 10 * 1024 * 1024 + 1)]
    [InlineData("", "image/jpeg", 1_000)]
    public void Given_a_picked_up_order_When_the_proof_is_not_a_small_JPEG_or_PNG_Then_it_is_invalid(string blobId, string contentType, long size) =>
        Rejected(DeliveryOrder.Decide(Deliver(Courier, new ProofPhoto(blobId, contentType, size)), PickedUp0), RejectionKind.Invalid, "order.invalid-proof");

    [Fact]
    public void Given_a_picked_up_order_When_the_proof_is_a_PNG_at_the_size_limit_Then_it_is_accepted() =>
        Single<Delivered>(DeliveryOrder.Decide(Deliver(Courier, new ProofPhoto("blob-2", "image/png", ProofPhoto.MaxSizeBytes)), PickedUp0));
}
