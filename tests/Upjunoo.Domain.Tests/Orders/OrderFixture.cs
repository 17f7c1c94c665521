using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Domain.Tests.Orders;

/// <summary>An order from a grocery in Abidjan (Plateau) to Cocody, at each step of its life, and helpers to read decisions.</summary>
internal static class OrderFixture
{
    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public const string OrderId = "order-1";
    public const string CustomerId = "customer-1";
    public const string OwnerId = "owner-1";
    public const string CourierId = "courier-1";
    public const string OtherCourierId = "courier-2";

    public static readonly OrderParty Customer = OrderParty.Customer(CustomerId);
    public static readonly OrderParty OtherCustomer = OrderParty.Customer("customer-2");
    public static readonly OrderParty StoreOwner = OrderParty.Store(OwnerId);
    public static readonly OrderParty OtherStore = OrderParty.Store("owner-2");
    public static readonly OrderParty Courier = OrderParty.Courier(CourierId);
    public static readonly OrderParty OtherCourier = OrderParty.Courier(OtherCourierId);
    public static readonly OrderParty Support = OrderParty.Support("agent-1");
    public static readonly OrderParty SystemParty = OrderParty.System;

    public static readonly GeoPoint Plateau = new(5.3197, -4.0167);
    public static readonly OrderDropoff Cocody = new("Cocody, Riviera 2, villa 12", new GeoPoint(5.3600, -3.9900)); // ~5.4 km away
    public static readonly ProofPhoto Photo = new("blob-1", "image/jpeg", 250_000);

    public static StoreSnapshot Store(CountryCode country = CountryCode.CI, bool isOpen = true, int radiusM = 8_000) =>
        new("store-1", OwnerId, "Épicerie Awa", Plateau, country, Countries.Countries.Of(country).Currency.Code, radiusM, isOpen);

    public static IReadOnlyList<OrderLine> Lines(string currency = "XOF") =>
    [
        new("p-rice", "Riz parfumé 5 kg", new Money(2_500, currency), 2),
        new("p-water", "Eau minérale 1,5 L", new Money(500, currency), 6),
    ];

    public static OrderCommand.Place Place(CountryCode country = CountryCode.CI, string? comment = "Sonnez deux fois") =>
        new(OrderId, CustomerId, "Awa Koné", Store(country), Lines(Countries.Countries.Of(country).Currency.Code), Cocody, comment,
            PaymentMethod.Cash, DeliveryFees.For(country), T0);

    public static Placed Placed(CountryCode country = CountryCode.CI) =>
        Assert.IsType<Placed>(Assert.Single(DeliveryOrder.Decide(Place(country), DeliveryOrder.Initial).Events));

    public static OrderState Given(params OrderEvent[] events) => events.Aggregate(DeliveryOrder.Initial, DeliveryOrder.Evolve);

    public static OrderState Apply(OrderState state, Decision<OrderEvent> decision) => decision.Events.Aggregate(state, DeliveryOrder.Evolve);

    public static DateTimeOffset Expiry => T0.AddMinutes(2).AddSeconds(20);

    public static OrderEvent[] PlacedEvents => [Placed()];

    public static OrderEvent[] AcceptedEvents => [.. PlacedEvents, new AcceptedByStore(T0.AddMinutes(1))];

    public static OrderEvent[] OfferedEvents => [.. AcceptedEvents, new CourierOffered(CourierId, Expiry, T0.AddMinutes(2))];

    public static OrderEvent[] AssignedEvents => [.. OfferedEvents, new CourierAssigned(CourierId, "Koffi", T0.AddMinutes(2).AddSeconds(10))];

    public static OrderEvent[] ReadyEvents => [.. AcceptedEvents, new MarkedReady(T0.AddMinutes(12))];

    public static OrderEvent[] ReadyAndAssignedEvents => [.. AssignedEvents, new MarkedReady(T0.AddMinutes(12))];

    public static OrderEvent[] PickedUpEvents => [.. ReadyAndAssignedEvents, new PickedUp(T0.AddMinutes(14))];

    public static OrderEvent[] DeliveredEvents => [.. PickedUpEvents, new Delivered(CourierId, Photo, T0.AddMinutes(30))];

    public static OrderEvent[] RejectedEvents => [.. PlacedEvents, new RejectedByStore(StoreOwner, "Plus de riz", T0.AddMinutes(1))];

    public static OrderEvent[] CancelledEvents => [.. PlacedEvents, new Cancelled(Customer, null, null, T0.AddMinutes(1))];

    public static OrderEvent[] NoCourierFoundEvents => [.. AcceptedEvents, new NoCourierFound(null, T0.AddMinutes(20))];

    public static OrderState Placed0 => Given(PlacedEvents);

    public static OrderState Accepted => Given(AcceptedEvents);

    public static OrderState Offered => Given(OfferedEvents);

    public static OrderState Assigned => Given(AssignedEvents);

    public static OrderState Ready => Given(ReadyEvents);

    public static OrderState ReadyAndAssigned => Given(ReadyAndAssignedEvents);

    public static OrderState PickedUp0 => Given(PickedUpEvents);

    public static OrderState Delivered0 => Given(DeliveredEvents);

    public static OrderState Rejected0 => Given(RejectedEvents);

    public static OrderState Cancelled0 => Given(CancelledEvents);

    public static OrderState NoCourierFound0 => Given(NoCourierFoundEvents);

    /// <summary>One typical state per status (for Ready and CourierAssigned: without the other fact).</summary>
    public static OrderState StateIn(OrderStatus status) => status switch
    {
        OrderStatus.Placed => Placed0,
        OrderStatus.AcceptedByStore => Accepted,
        OrderStatus.RejectedByStore => Rejected0,
        OrderStatus.Ready => Ready,
        OrderStatus.CourierAssigned => Assigned,
        OrderStatus.PickedUp => PickedUp0,
        OrderStatus.Delivered => Delivered0,
        OrderStatus.Cancelled => Cancelled0,
        OrderStatus.NoCourierFound => NoCourierFound0,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static TEvent Single<TEvent>(Decision<OrderEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        return Assert.IsType<TEvent>(Assert.Single(decision.Events));
    }

    public static void Nothing(Decision<OrderEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
    }

    public static void Rejected(Decision<OrderEvent> decision, RejectionKind kind, string code)
    {
        Assert.True(decision.IsRejected, "expected a rejection");
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.Equal(kind, decision.Rejection.Kind);
        Assert.Empty(decision.Events);
    }

    public static void Forbidden(Decision<OrderEvent> decision) => Rejected(decision, RejectionKind.Forbidden, "order.forbidden");

    public static void NotAllowed(Decision<OrderEvent> decision) => Rejected(decision, RejectionKind.Conflict, "order.not-allowed-in-state");
}
