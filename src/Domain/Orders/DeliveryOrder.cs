using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Orders;

/// <summary>
/// One delivery order (R5): placed → acceptedByStore (or rejectedByStore) → ready / courierAssigned, in either order →
/// pickedUp → delivered, or cancelled / noCourierFound. Dispatch starts when the store accepts, so that the courier
/// can arrive as the goods get ready. Checks who acts first (403), then idempotent repeats (no events), then the state (409).
/// </summary>
public sealed partial class DeliveryOrder : IDecider<OrderState, OrderCommand, OrderEvent>
{
    public static OrderState Initial => OrderState.Empty;

    public static Decision<OrderEvent> Decide(OrderCommand command, OrderState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (command is OrderCommand.Place place)
        {
            return state.Exists ? Nothing : Place(place);
        }

        if (!state.Exists)
        {
            return Rejection.NotFound("order.not-found", "No such order.");
        }

        var at = state.EventTime(command.Now);
        return command switch
        {
            OrderCommand.AcceptByStore c => AcceptByStore(c, state, at),
            OrderCommand.RejectByStore c => RejectByStore(c, state, at),
            OrderCommand.MarkReady c => MarkReady(c, state, at),
            OrderCommand.OfferToCourier c => OfferToCourier(c, state, at),
            OrderCommand.CourierAccepted c => CourierAccepted(c, state, at),
            OrderCommand.CourierDeclined c => CourierDeclined(c, state, at),
            OrderCommand.OfferExpired c => Expired(c, state, at),
            OrderCommand.NoCourierFound c => NoCourierFound(c, state, at),
            OrderCommand.PickUp c => PickUp(c, state, at),
            OrderCommand.Deliver c => Deliver(c, state, at),
            OrderCommand.Cancel c => Cancel(c, state, at),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<OrderEvent> Place(OrderCommand.Place c)
    {
        var store = c.Store;
        if (!Ids.LooksValid(c.OrderId) || !Ids.LooksValid(c.CustomerId) || store is null || !Ids.LooksValid(store.StoreId)
            || !Ids.LooksValid(store.OwnerId))
        {
            return Rejection.Invalid("order.invalid-id", "The order, customer or store id is not valid.");
        }

        if (!store.IsOpen)
        {
            return Rejection.Conflict("order.store-closed", "The store is closed right now.");
        }

        if (ValidateItems(c.Items, store.Currency) is { } invalidItems)
        {
            return invalidItems;
        }

        if (c.DeliveryFee.Currency != store.Currency || c.DeliveryFee.Amount < 0
            || Countries.Countries.Of(store.Country).Currency.Code != store.Currency)
        {
            return Rejection.Invalid("order.currency-mismatch", "The delivery fee and the prices must be in the currency of the store's country.", "deliveryFee");
        }

        if (c.Dropoff is null || !c.Dropoff.Position.IsValid || string.IsNullOrWhiteSpace(c.Dropoff.Address)
            || c.Dropoff.Address.Trim().Length > OrderRules.MaxAddressLength)
        {
            return Rejection.Invalid("order.invalid-dropoff", $"The drop-off needs a valid position and an address of 1 to {OrderRules.MaxAddressLength} characters.", "dropoff");
        }

        if (Haversine.DistanceM(store.Position, c.Dropoff.Position) > store.DeliveryRadiusM)
        {
            return Rejection.Invalid("order.out-of-delivery-area", $"The store delivers within {store.DeliveryRadiusM} m.", "dropoff");
        }

        var comment = string.IsNullOrWhiteSpace(c.Comment) ? null : c.Comment.Trim();
        if (comment?.Length > OrderRules.MaxCommentLength)
        {
            return Rejection.Invalid("order.invalid-comment", $"A comment has at most {OrderRules.MaxCommentLength} characters.", "comment");
        }

        if (c.Payment is null || !c.Payment.IsValid)
        {
            return Rejection.Invalid("order.invalid-payment", "Card and mobile money need a provider and its token.", "paymentMethod");
        }

        var itemsTotal = c.Items.Aggregate(Money.Zero(Countries.Currency.Find(store.Currency)!), (sum, line) => sum.Plus(line.LineTotal));
        return Accept(new Placed(
            c.OrderId, c.CustomerId, Accounts.FirstNames.Of(c.CustomerFirstName), store.StoreId, store.OwnerId, store.Name, store.Position,
            store.Country, c.Items, c.Dropoff with { Address = c.Dropoff.Address.Trim() }, comment, c.Payment, itemsTotal, c.DeliveryFee,
            itemsTotal.Plus(c.DeliveryFee), c.Now));
    }

    private static Rejection? ValidateItems(IReadOnlyList<OrderLine>? items, string currency)
    {
        if (items is null || items.Count is < OrderRules.MinLines or > OrderRules.MaxLines || items.Any(i => i is null))
        {
            return Rejection.Invalid("order.invalid-items", $"An order has {OrderRules.MinLines} to {OrderRules.MaxLines} lines.", "items");
        }

        if (items.Any(i => !Ids.LooksValid(i.ProductId)) || items.Select(i => i.ProductId).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            return Rejection.Invalid("order.invalid-items", "Each line names a different product.", "items");
        }

        if (items.Any(i => i.Quantity is < OrderRules.MinQuantity or > OrderRules.MaxQuantity))
        {
            return Rejection.Invalid("order.invalid-quantity", $"A quantity is {OrderRules.MinQuantity} to {OrderRules.MaxQuantity}.", "items");
        }

        if (items.Any(i => i.UnitPrice.Currency != currency))
        {
            return Rejection.Invalid("order.currency-mismatch", "The delivery fee and the prices must be in the currency of the store's country.", "items");
        }

        return items.Any(i => i.UnitPrice.Amount is <= 0 or > OrderRules.MaxUnitPrice)
            ? Rejection.Invalid("order.invalid-price", "A unit price is a positive amount.", "items")
            : null;
    }

    private static Rejection Forbidden(string who) => Rejection.Forbidden("order.forbidden", $"Only {who} may do this.");

    private static Rejection NotAllowed(OrderState state) =>
        Rejection.Conflict("order.not-allowed-in-state", $"Not possible while the order is {state.Status}.");

    private static Decision<OrderEvent> Accept(params OrderEvent[] events) => Decision<OrderEvent>.Accept(events);

    private static Decision<OrderEvent> Nothing => Decision<OrderEvent>.Nothing;
}
