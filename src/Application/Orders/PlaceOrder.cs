using Mediator;
using Upjunoo.Application.Addresses;
using Upjunoo.Application.Common;
using Upjunoo.Application.Stores;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Orders;

public sealed record OrderItemInput(string? ProductId, int? Quantity);

/// <summary>
/// A customer orders from a store (R5): the lines are priced from the store's catalogue now, the delivery fee is the
/// one of the store's country, and the order decider checks the rest (open, radius, quantities, comment, payment).
/// The drop-off address joins the customer's address history (R6).
/// </summary>
public sealed record PlaceOrder(
    Caller Caller, string? StoreId, IReadOnlyList<OrderItemInput>? Items, PlaceInput? Dropoff, string? Comment, PaymentInput? PaymentMethod)
    : IRequest<Outcome<OrderCreated>>;

public sealed class PlaceOrderHandler(
    OrderGateway orders, StoreGateway stores, AccountGateway accounts, AddressUses addressUses, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<PlaceOrder, Outcome<OrderCreated>>
{
    public async ValueTask<Outcome<OrderCreated>> Handle(PlaceOrder request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Ids.LooksValid(request.StoreId))
        {
            errors["storeId"] = ["A store id is required."];
        }

        if (request.Items is not { Count: > 0 } items || items.Any(i => i is null || !Ids.LooksValid(i.ProductId) || i.Quantity is null))
        {
            errors["items"] = ["Items are a non-empty list of {productId, quantity}."];
        }

        var position = new GeoPoint(request.Dropoff?.Lat ?? double.NaN, request.Dropoff?.Lng ?? double.NaN);
        if (!position.IsValid || string.IsNullOrWhiteSpace(request.Dropoff?.Address))
        {
            errors["dropoff"] = ["The drop-off needs lat, lng and an address."];
        }

        var payment = TripInputs.Payment(request.PaymentMethod, errors);
        if (TripInputs.Errors(errors) is { } invalid)
        {
            return invalid;
        }

        var store = await stores.Get(request.StoreId!, cancellationToken);
        if (!store.Exists)
        {
            return StoreAccess.NotFound;
        }

        var customer = await accounts.Get(request.Caller.AccountId, cancellationToken);
        if (!customer.IsRegistered)
        {
            return Rejection.NotFound("account.not-found", "No such account.");
        }

        var priced = OrderItems.Price(store, [.. request.Items!.Select(i => new OrderItemRequest(i.ProductId!, i.Quantity!.Value))]);
        if (priced.Rejection is { } unpriced)
        {
            return unpriced;
        }

        var now = clock.GetUtcNow();
        var orderId = ids.NewId();
        var dropoff = new OrderDropoff(request.Dropoff!.Address!, position);
        var reply = await orders.Send(
            orderId,
            new OrderCommand.Place(
                orderId, customer.AccountId!, customer.FirstName, StoreSnapshot.Of(store, now, StoreZones.Of(store.Country)), priced.Lines,
                dropoff, request.Comment, payment!, DeliveryFees.For(store.Country), now),
            cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        await addressUses.Record(request.Caller.AccountId, dropoff.Address, dropoff.Position, AddressUseKind.Delivery, cancellationToken);
        return new OrderCreated(orderId, OrderStatusNames.Of(reply.State.Status), reply.State.Total!.Value);
    }
}
