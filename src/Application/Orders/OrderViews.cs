using Upjunoo.Application.Trips;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

/// <summary>
/// An order as one of its parties sees it (R13): the customer by first name only; the drop-off address only to the
/// customer, the courier and support (the store does not need it); the customer's comment to everyone who handles the
/// order (R5); the courier by first name.
/// </summary>
public sealed record OrderView(
    string OrderId,
    string Status,
    string StoreId,
    string StoreName,
    GeoPoint StorePosition,
    IReadOnlyList<OrderLineView> Items,
    Money ItemsTotal,
    Money DeliveryFee,
    Money Total,
    string PaymentMethod,
    string CustomerFirstName,
    PlaceView? Dropoff,
    string? Comment,
    OrderCourierView? Courier,
    bool Ready,
    bool HasProof,
    DateTimeOffset? OfferExpiresAt,
    CancellationView? Cancellation,
    IReadOnlyList<TimelineView> Timeline)
{
    public static OrderView For(OrderState s, OrderPartyRole viewer) => new(
        s.OrderId!,
        OrderStatusNames.Of(s.Status),
        s.StoreId!,
        s.StoreName ?? "",
        s.StorePosition,
        [.. s.Items.Select(i => new OrderLineView(i.ProductId, i.Name, i.UnitPrice, i.Quantity, i.LineTotal))],
        s.ItemsTotal!.Value,
        s.DeliveryFee!.Value,
        s.Total!.Value,
        Camel(s.Payment?.Kind.ToString() ?? "cash"),
        s.CustomerFirstName ?? "",
        viewer == OrderPartyRole.Store || s.Dropoff is null ? null : new PlaceView(s.Dropoff.Position.Lat, s.Dropoff.Position.Lng, s.Dropoff.Address),
        s.Comment,
        s.Courier is { } c ? new OrderCourierView(c.CourierId, c.FirstName) : null,
        s.IsReady,
        s.Proof is not null,
        s.PendingOffer?.ExpiresAt,
        s.Cancellation is { } x ? new CancellationView(Camel(x.By.Role.ToString()), x.Reason, null) : null,
        [.. s.Timeline.Select(t => new TimelineView(OrderStatusNames.Of(t.Status), t.At))]);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

public sealed record OrderLineView(string ProductId, string Name, Money UnitPrice, int Quantity, Money LineTotal);

public sealed record OrderCourierView(string CourierId, string FirstName);

public sealed record OrderCreated(string OrderId, string Status, Money Total);

public static class OrderStatusNames
{
    public static string Of(OrderStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
