using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Stores.StoreEvent.V1;

namespace Upjunoo.Domain.Stores;

public sealed partial class Store
{
    private static Decision<StoreEvent> ReplaceCatalog(StoreCommand.ReplaceCatalog c, StoreState state, DateTimeOffset at)
    {
        if (c.Products is null || c.Products.Count > StoreRules.MaxProducts)
        {
            return Rejection.Invalid("store.too-many-products", $"A catalogue has at most {StoreRules.MaxProducts} products.", "products");
        }

        var products = new List<Product>(c.Products.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var product in c.Products)
        {
            if (ValidateProduct(product, state.Currency!) is { } invalid)
            {
                return invalid;
            }

            if (!ids.Add(product.ProductId))
            {
                return Rejection.Invalid("store.duplicate-product", $"Product id {product.ProductId} appears twice.", "products");
            }

            products.Add(product with { Name = product.Name.Trim(), Category = NullIfBlank(product.Category) });
        }

        return products.SequenceEqual(state.Products)
            ? Decision<StoreEvent>.Nothing
            : Decision<StoreEvent>.Accept(new CatalogReplaced(products, at));
    }

    private static Rejection? ValidateProduct(Product? product, string currency)
    {
        if (product is null || !Ids.LooksValid(product.ProductId))
        {
            return Rejection.Invalid("store.invalid-product", "Every product needs a valid id.", "products");
        }

        if (string.IsNullOrWhiteSpace(product.Name) || product.Name.Trim().Length > StoreRules.MaxProductNameLength)
        {
            return Rejection.Invalid(
                "store.invalid-product", $"A product name has 1 to {StoreRules.MaxProductNameLength} characters.", "products");
        }

        if (NullIfBlank(product.Category)?.Length > StoreRules.MaxCategoryLength)
        {
            return Rejection.Invalid(
                "store.invalid-product", $"A category has at most {StoreRules.MaxCategoryLength} characters.", "products");
        }

        if (product.Price.Currency != currency)
        {
            return Rejection.Invalid("store.wrong-currency", $"Prices are in {currency}, the currency of the store's country.", "products");
        }

        return product.Price.Amount <= 0
            ? Rejection.Invalid("store.invalid-price", "A price is a positive amount.", "products")
            : null;
    }

    private static Decision<StoreEvent> SetAvailability(StoreCommand.SetProductAvailability c, StoreState state, DateTimeOffset at)
    {
        if (state.FindProduct(c.ProductId) is not { } product)
        {
            return Rejection.NotFound("store.product-not-found", "The catalogue has no such product.");
        }

        return product.Available == c.Available
            ? Decision<StoreEvent>.Nothing
            : Decision<StoreEvent>.Accept(new ProductAvailabilitySet(c.ProductId, c.Available, at));
    }

    public static StoreState Evolve(StoreState state, StoreEvent @event) => @event switch
    {
        Opened e => state with
        {
            StoreId = e.StoreId, OwnerId = e.OwnerId, Status = StoreStatus.Active, Name = e.Name, Address = e.Address,
            Position = e.Position, Country = e.Country, Currency = e.Currency, Hours = e.Hours, DeliveryRadiusM = e.DeliveryRadiusM,
            OpenedAt = e.At, UpdatedAt = e.At,
        },
        DetailsUpdated e => state with
        {
            Name = e.Name, Address = e.Address, Position = e.Position, Hours = e.Hours, DeliveryRadiusM = e.DeliveryRadiusM, UpdatedAt = e.At,
        },
        CatalogReplaced e => state with { Products = e.Products, UpdatedAt = e.At },
        ProductAvailabilitySet e => state with
        {
            Products = [.. state.Products.Select(p => p.ProductId == e.ProductId ? p with { Available = e.Available } : p)],
            UpdatedAt = e.At,
        },
        _ => state,
    };

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
