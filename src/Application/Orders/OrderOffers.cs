using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

public static class OrderOffers
{
    /// <summary>
    /// What an offered courier sees of an order: pickup at the store, drop-off, the customer's first name and comment,
    /// the delivery fee, the expiry (R5, R13).
    /// </summary>
    public static OfferView View(OrderState order) => new(
        "order", order.OrderId!, order.StorePosition, order.StoreName, order.Dropoff?.Position, order.Dropoff?.Address,
        order.CustomerFirstName ?? "", order.DeliveryFee, order.PendingOffer!.ExpiresAt, order.Comment);
}
