using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Application.Stores;

public sealed record StoreCreated(string StoreId);

/// <summary>A store in a search: public business data only, and whether it takes orders now.</summary>
public sealed record StoreView(
    string StoreId, string Name, string Address, GeoPoint Position, bool Open, int DeliveryRadiusM, int? DistanceM,
    IReadOnlyList<OpeningSpanInput> OpeningHours);

public sealed record StoresView(IReadOnlyList<StoreView> Stores);

public sealed record ProductView(string ProductId, string Name, Money Price, bool Available, string? Category);

public sealed record CatalogView(string StoreId, string Name, string Currency, bool Open, IReadOnlyList<ProductView> Products)
{
    public static CatalogView Of(StoreState s, DateTimeOffset now) => new(
        s.StoreId!, s.Name!, s.Currency!, s.IsOpenAt(now, StoreZones.Of(s.Country)),
        [.. s.Products.Select(p => new ProductView(p.ProductId, p.Name, p.Price, p.Available, p.Category))]);
}

/// <summary>A store as the read model lists it.</summary>
public sealed record StoreListing(string StoreId, string Name, string Address, GeoPoint Position, CountryCode Country, OpeningHours Hours, int DeliveryRadiusM);

/// <summary>The stores read model, projected from the journal: stores within a circle.</summary>
public interface IStoreDirectory
{
    Task<IReadOnlyList<StoreListing>> Near(GeoPoint center, int radiusM, int limit, CancellationToken cancellationToken);
}
