using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Stores;

/// <summary>One store (R5): where it is, when it is open, how far it delivers, and its catalogue.</summary>
[PersistedAs("store.state.v1")]
public sealed record StoreState(
    string? StoreId,
    string? OwnerId,
    StoreStatus Status,
    [property: NotPersonal("the public name of a business")] string? Name,
    [property: NotPersonal("a store's business address, shown to every customer")] string? Address,
    [property: NotPersonal("a store's business position, shown to every customer")] GeoPoint Position,
    CountryCode Country,
    string? Currency,
    OpeningHours Hours,
    int DeliveryRadiusM,
    IReadOnlyList<Product> Products,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? UpdatedAt) : IPersisted
{
    public static StoreState Empty { get; } =
        new(null, null, StoreStatus.None, null, null, default, CountryCode.CA, null, OpeningHours.Closed, 0, [], null, null);

    public bool Exists => Status != StoreStatus.None;

    public bool IsOpenAt(DateTimeOffset instant, TimeZoneInfo zone) => Exists && Hours.IsOpenAt(instant, zone);

    public Product? FindProduct(string productId) => Products.FirstOrDefault(p => p.ProductId == productId);

    public bool Delivers(GeoPoint dropoff) => Haversine.DistanceM(Position, dropoff) <= DeliveryRadiusM;
}
