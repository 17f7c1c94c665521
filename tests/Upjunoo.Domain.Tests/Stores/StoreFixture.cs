using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Domain.Tests.Stores;

/// <summary>A grocery in Abidjan (Plateau), open 08:00–22:00 every day, and helpers to read decisions.</summary>
internal static class StoreFixture
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    public const string StoreId = "store-1";
    public const string OwnerId = "owner-1";
    public static readonly GeoPoint Plateau = new(5.3197, -4.0167);
    public static readonly OpeningHours Hours = OpeningHours.Daily(new TimeOnly(8, 0), new TimeOnly(22, 0));

    public static StoreCommand.Open Open(CountryCode country = CountryCode.CI, string ownerId = OwnerId, Role role = Role.Store) =>
        new(StoreId, ownerId, "Épicerie Awa", "Plateau, Avenue Chardy", Plateau, country, Hours, 5_000, role, T0);

    public static Product Rice(long amount = 2_500, string currency = "XOF", string id = "p-rice") =>
        new(id, "Riz parfumé 5 kg", new Money(amount, currency), true, "épicerie");

    public static Product Water => new("p-water", "Eau minérale 1,5 L", new Money(500, "XOF"), true, null);

    public static StoreState Given(params StoreEvent[] events) => events.Aggregate(Store.Initial, Store.Evolve);

    public static StoreState Apply(StoreState state, Decision<StoreEvent> decision) => decision.Events.Aggregate(state, Store.Evolve);

    public static StoreState Opened(CountryCode country = CountryCode.CI) => Apply(Store.Initial, Store.Decide(Open(country), Store.Initial));

    public static StoreState WithCatalog => Apply(Opened(), Store.Decide(Replace([Rice(), Water]), Opened()));

    public static StoreCommand.ReplaceCatalog Replace(IReadOnlyList<Product> products, string by = OwnerId) =>
        new(products, by, Role.Store, T0.AddMinutes(1));

    public static StoreCommand.UpdateDetails Update(int radiusM = 5_000, string name = "Épicerie Awa", OpeningHours? hours = null) =>
        new(name, "Plateau, Avenue Chardy", Plateau, hours ?? Hours, radiusM, OwnerId, Role.Store, T0.AddMinutes(2));

    public static void Nothing(Decision<StoreEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
    }

    public static TEvent Single<TEvent>(Decision<StoreEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        return Assert.IsType<TEvent>(Assert.Single(decision.Events));
    }

    public static void Rejected(Decision<StoreEvent> decision, RejectionKind kind, string code)
    {
        Assert.True(decision.IsRejected, "expected a rejection");
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.Equal(kind, decision.Rejection.Kind);
        Assert.Empty(decision.Events);
    }
}
