using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Stores;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderItemsSpec
{
    private static readonly StoreState Grocery = Tests.Stores.StoreFixture.WithCatalog;

    [Fact]
    public void Given_a_catalog_When_the_customer_asks_for_products_Then_the_lines_carry_the_current_names_and_prices()
    {
        var priced = OrderItems.Price(Grocery, [new OrderItemRequest("p-water", 3), new OrderItemRequest("p-rice", 1)]);

        Assert.Null(priced.Rejection);
        Assert.Equal(
            [new OrderLine("p-water", "Eau minérale 1,5 L", new Money(500, "XOF"), 3), new OrderLine("p-rice", "Riz parfumé 5 kg", new Money(2_500, "XOF"), 1)],
            priced.Lines);
    }

    [Fact]
    public void Given_a_catalog_When_a_product_is_unknown_Then_it_is_not_found()
    {
        var priced = OrderItems.Price(Grocery, [new OrderItemRequest("p-none", 1)]);

        Assert.Equal(RejectionKind.NotFound, priced.Rejection!.Kind);
        Assert.Equal("order.product-not-found", priced.Rejection.Code);
    }

    [Fact]
    public void Given_a_product_marked_unavailable_When_the_customer_asks_for_it_Then_it_conflicts()
    {
        var store = Store.Evolve(Grocery, new StoreEvent.V1.ProductAvailabilitySet("p-rice", false, Tests.Stores.StoreFixture.T0));

        Assert.Equal("order.product-unavailable", OrderItems.Price(store, [new OrderItemRequest("p-rice", 1)]).Rejection!.Code);
    }

    [Theory]
    [InlineData(CountryCode.CA, 499, "CAD")]
    [InlineData(CountryCode.CI, 1_000, "XOF")]
    [InlineData(CountryCode.CD, 300_000, "CDF")]
    public void Given_a_country_When_asking_the_delivery_fee_Then_it_is_in_the_country_currency(CountryCode country, long amount, string currency)
    {
        Assert.Equal(new Money(amount, currency), DeliveryFees.For(country));
        Assert.Equal(Countries.Countries.Of(country).Currency.Code, DeliveryFees.For(country).Currency);
    }

    [Fact]
    public void Given_a_store_open_08_to_22_in_Abidjan_When_snapshotted_at_night_Then_an_order_is_refused_as_the_store_is_closed()
    {
        var abidjan = TimeZoneInfo.FindSystemTimeZoneById(Countries.Countries.CoteDIvoire.TimeZoneId);
        var night = new DateTimeOffset(2025, 3, 1, 23, 0, 0, TimeSpan.Zero);
        var snapshot = StoreSnapshot.Of(Grocery, night, abidjan);
        var lines = OrderItems.Price(Grocery, [new OrderItemRequest("p-rice", 1)]).Lines;
        var nearby = new OrderDropoff("Plateau, Rue du Commerce", new Geo.GeoPoint(5.3300, -4.0200)); // ~1.2 km, inside the 5 km radius
        var place = OrderFixture.Place() with { Store = snapshot, Items = lines, Dropoff = nearby, Now = night };

        Assert.False(snapshot.IsOpen);
        Assert.Equal("order.store-closed", DeliveryOrder.Decide(place, DeliveryOrder.Initial).Rejection!.Code);

        var morning = StoreSnapshot.Of(Grocery, night.AddHours(10), abidjan);
        var e = Assert.IsType<Placed>(Assert.Single(DeliveryOrder.Decide(place with { Store = morning }, DeliveryOrder.Initial).Events));
        Assert.Equal(new Money(3_500, "XOF"), e.Total);
        Assert.Equal(Tests.Stores.StoreFixture.OwnerId, e.StoreOwnerId);
    }

    [Fact]
    public void Given_a_store_owner_When_acting_on_orders_Then_their_party_is_the_store_role() =>
        Assert.Equal(OrderPartyRole.Store, OrderParty.Store(Tests.Stores.StoreFixture.OwnerId).Role);
}
