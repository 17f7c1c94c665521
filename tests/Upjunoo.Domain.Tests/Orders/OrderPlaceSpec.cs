using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Orders.OrderEvent.V1;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderPlaceSpec
{
    private static Decision<OrderEvent> Decide(OrderCommand.Place place) => DeliveryOrder.Decide(place, DeliveryOrder.Initial);

    [Theory]
    [InlineData(CountryCode.CA, "CAD", 8_000, 499, 8_499)]
    [InlineData(CountryCode.CI, "XOF", 8_000, 1_000, 9_000)]
    [InlineData(CountryCode.CD, "CDF", 8_000, 300_000, 308_000)]
    public void Given_an_open_store_When_the_customer_places_an_order_Then_the_total_is_the_items_plus_the_country_delivery_fee(
        CountryCode country, string currency, long items, long fee, long total)
    {
        var e = Single<Placed>(Decide(Place(country)));

        Assert.Equal(new Money(items, currency), e.ItemsTotal);
        Assert.Equal(new Money(fee, currency), e.DeliveryFee);
        Assert.Equal(new Money(total, currency), e.Total);
    }

    [Fact]
    public void Given_an_open_store_When_an_order_is_placed_Then_it_is_placed_with_a_timeline_and_the_customer_first_name_only()
    {
        var state = Apply(DeliveryOrder.Initial, Decide(Place() with { Comment = "  Sonnez deux fois  " }));

        Assert.Equal(OrderStatus.Placed, state.Status);
        Assert.Equal("Awa", state.CustomerFirstName);
        Assert.Equal("Sonnez deux fois", state.Comment);
        Assert.Equal(OwnerId, state.StoreOwnerId);
        Assert.Equal([new OrderTimelineEntry(OrderStatus.Placed, T0)], state.Timeline);
        Assert.Equal(new Money(5_000, "XOF"), state.Items[0].LineTotal);
        Assert.Null(state.Courier);
        Assert.False(state.IsReady);
    }

    [Fact]
    public void Given_a_placed_order_When_it_is_placed_again_Then_nothing_happens() =>
        Nothing(DeliveryOrder.Decide(Place(), Placed0));

    [Fact]
    public void Given_a_closed_store_When_an_order_is_placed_Then_it_conflicts() =>
        Rejected(Decide(Place() with { Store = Store(isOpen: false) }), RejectionKind.Conflict, "order.store-closed");

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public void Given_an_order_When_it_has_no_lines_or_too_many_Then_it_is_invalid(int count)
    {
        var lines = Enumerable.Range(0, count).Select(i => new OrderLine($"p-{i}", "Article", new Money(100, "XOF"), 1)).ToList();

        Rejected(Decide(Place() with { Items = lines }), RejectionKind.Invalid, "order.invalid-items");
    }

    [Fact]
    public void Given_an_order_When_it_has_exactly_50_lines_Then_it_is_accepted()
    {
        var lines = Enumerable.Range(0, 50).Select(i => new OrderLine($"p-{i}", "Article", new Money(100, "XOF"), 1)).ToList();

        Assert.Equal(new Money(6_000, "XOF"), Single<Placed>(Decide(Place() with { Items = lines })).Total);
    }

    [Fact]
    public void Given_an_order_When_a_product_appears_on_two_lines_Then_it_is_invalid() =>
        Rejected(Decide(Place() with { Items = [Lines()[0], Lines()[0]] }), RejectionKind.Invalid, "order.invalid-items");

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100)]
    public void Given_an_order_When_a_quantity_is_out_of_1_to_99_Then_it_is_invalid(int quantity) =>
        Rejected(Decide(Place() with { Items = [Lines()[0] with { Quantity = quantity }] }), RejectionKind.Invalid, "order.invalid-quantity");

    [Fact]
    public void Given_an_order_When_a_quantity_is_99_Then_the_line_total_multiplies() =>
        Assert.Equal(new Money(247_500 + 1_000, "XOF"), Single<Placed>(Decide(Place() with { Items = [Lines()[0] with { Quantity = 99 }] })).Total);

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Given_an_order_When_a_unit_price_is_not_positive_Then_it_is_invalid(long amount) =>
        Rejected(
            Decide(Place() with { Items = [Lines()[0] with { UnitPrice = new Money(amount, "XOF") }] }), RejectionKind.Invalid, "order.invalid-price");

    [Fact]
    public void Given_a_store_in_Cote_d_Ivoire_When_a_price_is_in_another_currency_Then_it_is_invalid() =>
        Rejected(Decide(Place() with { Items = Lines("CAD") }), RejectionKind.Invalid, "order.currency-mismatch");

    [Fact]
    public void Given_a_store_in_Cote_d_Ivoire_When_the_delivery_fee_is_in_another_currency_Then_it_is_invalid() =>
        Rejected(Decide(Place() with { DeliveryFee = DeliveryFees.For(CountryCode.CD) }), RejectionKind.Invalid, "order.currency-mismatch");

    [Fact]
    public void Given_a_store_snapshot_whose_currency_is_not_its_country_s_When_an_order_is_placed_Then_it_is_invalid() =>
        Rejected(
            Decide(Place() with { Store = Store() with { Currency = "CAD" }, Items = Lines("CAD"), DeliveryFee = new Money(499, "CAD") }),
            RejectionKind.Invalid, "order.currency-mismatch");

    [Fact]
    public void Given_a_store_delivering_within_5_km_When_the_drop_off_is_5_4_km_away_Then_it_is_out_of_the_delivery_area() =>
        Rejected(Decide(Place() with { Store = Store(radiusM: 5_000) }), RejectionKind.Invalid, "order.out-of-delivery-area");

    [Fact]
    public void Given_a_store_delivering_within_6_km_When_the_drop_off_is_5_4_km_away_Then_it_is_accepted()
    {
        Assert.InRange(Haversine.DistanceM(Plateau, Cocody.Position), 5_000, 6_000);
        Single<Placed>(Decide(Place() with { Store = Store(radiusM: 6_000) }));
    }

    [Fact]
    public void Given_an_order_When_the_comment_has_more_than_500_characters_Then_it_is_invalid()
    {
        Rejected(Decide(Place(comment: new string('c', 501))), RejectionKind.Invalid, "order.invalid-comment");
        Single<Placed>(Decide(Place(comment: new string('c', 500))));
    }

    [Fact]
    public void Given_an_order_When_a_blank_comment_is_given_Then_no_comment_is_kept() =>
        Assert.Null(Single<Placed>(Decide(Place(comment: "   "))).Comment);

    [Fact]
    public void Given_an_order_When_paid_by_card_without_a_token_Then_it_is_invalid() =>
        Rejected(Decide(Place() with { Payment = new PaymentMethod(PaymentKind.Card, "stripe", null) }), RejectionKind.Invalid, "order.invalid-payment");

    [Fact]
    public void Given_an_order_When_paid_by_mobile_money_with_a_token_Then_the_token_is_kept() =>
        Assert.Equal("tok_123", Single<Placed>(Decide(Place() with { Payment = PaymentMethod.MobileMoney("orange", "tok_123") })).Payment.Token);

    [Fact]
    public void Given_an_order_When_an_id_is_malformed_Then_it_is_invalid()
    {
        Rejected(Decide(Place() with { OrderId = "" }), RejectionKind.Invalid, "order.invalid-id");
        Rejected(Decide(Place() with { Store = Store() with { StoreId = "a b" } }), RejectionKind.Invalid, "order.invalid-id");
    }

    [Fact]
    public void Given_an_order_When_the_drop_off_has_no_address_or_an_impossible_position_Then_it_is_invalid()
    {
        Rejected(Decide(Place() with { Dropoff = Cocody with { Address = " " } }), RejectionKind.Invalid, "order.invalid-dropoff");
        Rejected(Decide(Place() with { Dropoff = Cocody with { Position = new GeoPoint(5, 200) } }), RejectionKind.Invalid, "order.invalid-dropoff");
    }

    [Fact]
    public void Given_no_order_When_anything_but_placing_is_asked_Then_it_is_not_found() =>
        Rejected(DeliveryOrder.Decide(new OrderCommand.AcceptByStore(StoreOwner, T0), DeliveryOrder.Initial), RejectionKind.NotFound, "order.not-found");

    [Fact]
    public void Given_an_order_When_asked_who_may_see_it_Then_only_its_parties_and_support_may()
    {
        Assert.True(Placed0.CanBeSeenBy(Customer));
        Assert.True(Placed0.CanBeSeenBy(StoreOwner));
        Assert.True(Placed0.CanBeSeenBy(Support));
        Assert.False(Placed0.CanBeSeenBy(OtherCustomer));
        Assert.False(Placed0.CanBeSeenBy(OtherStore));
        Assert.False(Placed0.CanBeSeenBy(Courier));
        Assert.True(Assigned.CanBeSeenBy(Courier));
        Assert.False(Assigned.CanBeSeenBy(OtherCourier));
    }
}
