using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Stores;
using static Upjunoo.Domain.Stores.StoreEvent.V1;
using static Upjunoo.Domain.Tests.Stores.StoreFixture;

namespace Upjunoo.Domain.Tests.Stores;

public class StoreSpec
{
    [Theory]
    [InlineData(CountryCode.CA, "CAD")]
    [InlineData(CountryCode.CI, "XOF")]
    [InlineData(CountryCode.CD, "CDF")]
    public void Given_no_store_When_an_account_in_the_store_role_opens_one_Then_it_is_active_in_its_country_currency(CountryCode country, string currency)
    {
        var state = Opened(country);

        Assert.Equal(StoreStatus.Active, state.Status);
        Assert.Equal(OwnerId, state.OwnerId);
        Assert.Equal(currency, state.Currency);
        Assert.Equal(5_000, state.DeliveryRadiusM);
        Assert.Empty(state.Products);
    }

    [Theory]
    [InlineData(Role.Customer)]
    [InlineData(Role.Courier)]
    [InlineData(Role.Support)]
    public void Given_no_store_When_an_account_not_in_the_store_role_opens_one_Then_it_is_forbidden(Role role) =>
        Rejected(Store.Decide(Open(role: role), Store.Initial), RejectionKind.Forbidden, "store.forbidden");

    [Fact]
    public void Given_an_open_store_When_its_owner_opens_it_again_Then_nothing_happens() =>
        Nothing(Store.Decide(Open(), Opened()));

    [Fact]
    public void Given_an_open_store_When_another_account_opens_the_same_id_Then_it_conflicts() =>
        Rejected(Store.Decide(Open(ownerId: "owner-2"), Opened()), RejectionKind.Conflict, "store.already-exists");

    [Fact]
    public void Given_no_store_When_opened_with_a_bad_id_Then_it_is_invalid() =>
        Rejected(Store.Decide(Open() with { StoreId = "no spaces" }, Store.Initial), RejectionKind.Invalid, "store.invalid-id");

    [Theory]
    [InlineData("", "store.invalid-name")]
    [InlineData("   ", "store.invalid-name")]
    public void Given_no_store_When_opened_without_a_name_Then_it_is_invalid(string name, string code) =>
        Rejected(Store.Decide(Open() with { Name = name }, Store.Initial), RejectionKind.Invalid, code);

    [Fact]
    public void Given_no_store_When_opened_with_a_name_too_long_or_no_address_Then_it_is_invalid()
    {
        Rejected(Store.Decide(Open() with { Name = new string('a', StoreRules.MaxNameLength + 1) }, Store.Initial), RejectionKind.Invalid, "store.invalid-name");
        Rejected(Store.Decide(Open() with { Address = " " }, Store.Initial), RejectionKind.Invalid, "store.invalid-address");
        Rejected(Store.Decide(Open() with { Address = new string('a', 301) }, Store.Initial), RejectionKind.Invalid, "store.invalid-address");
    }

    [Fact]
    public void Given_no_store_When_opened_at_an_impossible_position_Then_it_is_invalid() =>
        Rejected(Store.Decide(Open() with { Position = new GeoPoint(95, 0) }, Store.Initial), RejectionKind.Invalid, "store.invalid-position");

    [Fact]
    public void Given_no_store_When_opened_with_invalid_hours_Then_it_is_invalid() =>
        Rejected(
            Store.Decide(Open() with { Hours = new OpeningHours([new OpeningRange((DayOfWeek)9, new TimeOnly(8, 0), new TimeOnly(9, 0))]) }, Store.Initial),
            RejectionKind.Invalid, "store.invalid-opening-hours");

    [Theory]
    [InlineData(499)]
    [InlineData(30_001)]
    [InlineData(0)]
    public void Given_no_store_When_opened_with_a_radius_out_of_range_Then_it_is_invalid(int radius) =>
        Rejected(Store.Decide(Open() with { DeliveryRadiusM = radius }, Store.Initial), RejectionKind.Invalid, "store.invalid-radius");

    [Theory]
    [InlineData(500)]
    [InlineData(30_000)]
    public void Given_no_store_When_opened_with_a_radius_at_the_bounds_Then_it_is_accepted(int radius) =>
        Single<Opened>(Store.Decide(Open() with { DeliveryRadiusM = radius }, Store.Initial));

    [Fact]
    public void Given_no_store_When_the_owner_acts_on_it_Then_it_is_not_found() =>
        Rejected(Store.Decide(Replace([Rice()]), Store.Initial), RejectionKind.NotFound, "store.not-found");

    [Fact]
    public void Given_an_open_store_When_the_owner_updates_its_details_Then_they_change()
    {
        var e = Single<DetailsUpdated>(Store.Decide(Update(radiusM: 8_000, name: " Épicerie Awa & Fils "), Opened()));
        var state = Store.Evolve(Opened(), e);

        Assert.Equal("Épicerie Awa & Fils", state.Name);
        Assert.Equal(8_000, state.DeliveryRadiusM);
        Assert.Equal(T0.AddMinutes(2), state.UpdatedAt);
    }

    [Fact]
    public void Given_an_open_store_When_the_same_details_are_sent_again_even_as_new_lists_Then_nothing_happens() =>
        Nothing(Store.Decide(Update(hours: OpeningHours.Daily(new TimeOnly(8, 0), new TimeOnly(22, 0))), Opened()));

    [Fact]
    public void Given_an_open_store_When_details_are_invalid_Then_it_is_refused() =>
        Rejected(Store.Decide(Update(radiusM: 100), Opened()), RejectionKind.Invalid, "store.invalid-radius");

    [Theory]
    [InlineData("owner-2", Role.Store)]
    [InlineData(OwnerId, Role.Customer)]
    [InlineData("agent-1", Role.Support)]
    public void Given_an_open_store_When_anyone_but_the_owner_in_the_store_role_changes_it_Then_it_is_forbidden(string by, Role role)
    {
        var state = WithCatalog;

        Rejected(Store.Decide(Update() with { ById = by, ByRole = role }, state), RejectionKind.Forbidden, "store.forbidden");
        Rejected(Store.Decide(Replace([Rice()]) with { ById = by, ByRole = role }, state), RejectionKind.Forbidden, "store.forbidden");
        Rejected(Store.Decide(new StoreCommand.SetProductAvailability("p-rice", false, by, role, T0), state), RejectionKind.Forbidden, "store.forbidden");
    }

    [Fact]
    public void Given_an_open_store_When_the_owner_replaces_the_catalog_Then_the_products_are_listed_trimmed()
    {
        var state = Apply(Opened(), Store.Decide(Replace([Rice() with { Name = "  Riz  ", Category = " " }, Water]), Opened()));

        Assert.Equal(["p-rice", "p-water"], state.Products.Select(p => p.ProductId));
        Assert.Equal("Riz", state.Products[0].Name);
        Assert.Null(state.Products[0].Category);
    }

    [Fact]
    public void Given_a_catalog_When_the_same_catalog_is_sent_again_Then_nothing_happens() =>
        Nothing(Store.Decide(Replace([Rice(), Water]), WithCatalog));

    [Fact]
    public void Given_a_catalog_When_an_empty_catalog_is_sent_Then_the_store_has_no_products() =>
        Assert.Empty(Apply(WithCatalog, Store.Decide(Replace([]), WithCatalog)).Products);

    [Fact]
    public void Given_an_open_store_When_the_catalog_has_more_than_500_products_Then_it_is_refused()
    {
        var many = Enumerable.Range(0, StoreRules.MaxProducts + 1).Select(i => Rice(id: $"p-{i}")).ToList();

        Rejected(Store.Decide(Replace(many), Opened()), RejectionKind.Invalid, "store.too-many-products");
        Single<CatalogReplaced>(Store.Decide(Replace(many[..StoreRules.MaxProducts]), Opened()));
    }

    [Fact]
    public void Given_an_open_store_When_two_products_share_an_id_Then_it_is_refused() =>
        Rejected(Store.Decide(Replace([Rice(), Rice(amount: 3_000)]), Opened()), RejectionKind.Invalid, "store.duplicate-product");

    [Theory]
    [InlineData(0, "XOF", "store.invalid-price")]
    [InlineData(-5, "XOF", "store.invalid-price")]
    [InlineData(2_500, "CAD", "store.wrong-currency")]
    [InlineData(2_500, "CDF", "store.wrong-currency")]
    public void Given_a_store_in_Cote_d_Ivoire_When_a_price_is_not_a_positive_XOF_amount_Then_it_is_refused(long amount, string currency, string code) =>
        Rejected(Store.Decide(Replace([Rice(amount, currency)]), Opened()), RejectionKind.Invalid, code);

    [Fact]
    public void Given_a_store_in_Canada_When_prices_are_in_CAD_Then_they_are_accepted() =>
        Single<CatalogReplaced>(Store.Decide(Replace([Rice(1_299, "CAD")]), Opened(CountryCode.CA)));

    [Fact]
    public void Given_an_open_store_When_a_product_is_badly_named_or_identified_Then_it_is_refused()
    {
        Rejected(Store.Decide(Replace([Rice() with { Name = "" }]), Opened()), RejectionKind.Invalid, "store.invalid-product");
        Rejected(Store.Decide(Replace([Rice() with { Name = new string('n', 121) }]), Opened()), RejectionKind.Invalid, "store.invalid-product");
        Rejected(Store.Decide(Replace([Rice(id: "bad id")]), Opened()), RejectionKind.Invalid, "store.invalid-product");
        Rejected(Store.Decide(Replace([Rice() with { Category = new string('c', 61) }]), Opened()), RejectionKind.Invalid, "store.invalid-product");
    }

    [Fact]
    public void Given_a_catalog_When_the_owner_marks_a_product_unavailable_Then_only_that_product_changes()
    {
        var e = Single<ProductAvailabilitySet>(Store.Decide(new StoreCommand.SetProductAvailability("p-rice", false, OwnerId, Role.Store, T0.AddMinutes(3)), WithCatalog));
        var state = Store.Evolve(WithCatalog, e);

        Assert.False(state.FindProduct("p-rice")!.Available);
        Assert.True(state.FindProduct("p-water")!.Available);
    }

    [Fact]
    public void Given_a_catalog_When_availability_is_set_to_what_it_is_Then_nothing_happens() =>
        Nothing(Store.Decide(new StoreCommand.SetProductAvailability("p-rice", true, OwnerId, Role.Store, T0), WithCatalog));

    [Fact]
    public void Given_a_catalog_When_availability_is_set_on_an_unknown_product_Then_it_is_not_found() =>
        Rejected(
            Store.Decide(new StoreCommand.SetProductAvailability("p-none", false, OwnerId, Role.Store, T0), WithCatalog),
            RejectionKind.NotFound, "store.product-not-found");

    [Fact]
    public void Given_an_open_store_When_a_command_arrives_with_an_earlier_clock_Then_its_update_time_never_goes_back()
    {
        var state = Apply(WithCatalog, Store.Decide(Update(radiusM: 6_000) with { Now = T0.AddHours(-1) }, WithCatalog));

        Assert.Equal(T0.AddMinutes(1), state.UpdatedAt);
    }

    [Fact]
    public void Given_a_store_When_asked_whether_it_delivers_to_a_point_Then_the_radius_decides()
    {
        var state = Opened();

        Assert.True(state.Delivers(new GeoPoint(5.3600, -4.0167))); // ~4.5 km north
        Assert.False(state.Delivers(new GeoPoint(5.3700, -4.0167))); // ~5.6 km north
    }
}
