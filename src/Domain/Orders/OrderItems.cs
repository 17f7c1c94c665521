using Upjunoo.Domain.Common;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Domain.Orders;

/// <summary>What the customer asks for: a product of the store's catalogue and how many.</summary>
public sealed record OrderItemRequest(string ProductId, int Quantity);

/// <summary>The priced lines of an order, or why they cannot be priced.</summary>
public sealed record PricedItems(IReadOnlyList<OrderLine> Lines, Rejection? Rejection);

public static class OrderItems
{
    /// <summary>
    /// Prices what the customer asks for from the store's current catalogue (API.md POST /orders carries only product
    /// ids and quantities). Unknown products are 404 <c>order.product-not-found</c>; unavailable ones 409
    /// <c>order.product-unavailable</c>. Quantities are checked when the order is placed.
    /// </summary>
    public static PricedItems Price(StoreState store, IReadOnlyList<OrderItemRequest> requested)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(requested);
        var lines = new List<OrderLine>(requested.Count);
        foreach (var item in requested)
        {
            if (store.FindProduct(item.ProductId) is not { } product)
            {
                return new([], Rejection.NotFound("order.product-not-found", $"The store has no product {item.ProductId}."));
            }

            if (!product.Available)
            {
                return new([], Rejection.Conflict("order.product-unavailable", $"{product.Name} is not available right now."));
            }

            lines.Add(new OrderLine(product.ProductId, product.Name, product.Price, item.Quantity));
        }

        return new(lines, null);
    }
}
