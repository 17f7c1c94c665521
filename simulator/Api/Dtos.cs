using System.Text.Json;

namespace Upjunoo.Simulator.Api;

// The simulator's own view of the wire format (API.md and src/Host/Contracts): only the fields it reads or sends.

public sealed record Position(double Lat, double Lng);

public sealed record Money(long Amount, string Currency);

public sealed record DeviceBody(string Id, string Model, string Os, string AppVersion);

public sealed record VerifyBody(string Phone, string Code, string Name, string Email, string Country, string Language, DeviceBody Device);

public sealed record SignedInUser(string Id, string Name, IReadOnlyList<string> Roles, string Country);

public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn, SignedInUser User);

public sealed record OutboxMessage(string Channel, string To, string Body, DateTimeOffset SentAt);

public sealed record VehicleBody(string Make, string Model, string Plate, string Color);

public sealed record DriverProfileBody(string Kind, VehicleBody? Vehicle, IReadOnlyList<string> Services);

public sealed record PingBody(double Lat, double Lng, DateTimeOffset At, double? Heading, double? SpeedMps, double? AccuracyM);

public sealed record LocationsBody(IReadOnlyList<PingBody> Pings);

public sealed record PingRejection(int Index, string Reason);

public sealed record LocationsAccepted(int Accepted, IReadOnlyList<PingRejection> Rejected);

public sealed record NearbyDriver(string DriverId, string FirstName, double DistanceM, int EtaSeconds, Position Position);

public sealed record NearbyDrivers(IReadOnlyList<NearbyDriver> Drivers);

public sealed record PlaceBody(double Lat, double Lng, string? Address);

public sealed record PaymentBody(string Kind);

public sealed record RequestTripBody(PlaceBody Pickup, PlaceBody Dropoff, string Service, PaymentBody PaymentMethod, string? ChosenDriverId);

public sealed record TripCreated(string TripId, string Status);

public sealed record TripDriver(string DriverId, string FirstName, Position? Position);

public sealed record TimelineEntry(string Status, DateTimeOffset At);

public sealed record TripView(
    string TripId, string Status, PlaceBody Pickup, PlaceBody Dropoff, Money? Fare, TripDriver? Driver, string? ChosenDriverId,
    bool AwaitingRiderChoice, IReadOnlyList<TimelineEntry> Timeline);

public sealed record Offer(string Kind, string Id, Position Pickup, Position? Dropoff, string? CustomerFirstName, DateTimeOffset ExpiresAt);

public sealed record CompleteBody(int DistanceM, int DurationSeconds);

public sealed record RatingBody(int Stars, string? Comment);

public sealed record CancelBody(string Reason);

public sealed record ChooseDriverBody(string? DriverId);

// Deliveries (src/Host/Contracts/DeliveryContracts.cs, Application/Stores and Orders views).

public sealed record OpeningSpan(string Day, string Opens, string Closes);

public sealed record OpenStoreBody(string Name, string Address, PlaceBody Position, IReadOnlyList<OpeningSpan> OpeningHours, int DeliveryRadiusM);

public sealed record StoreCreated(string StoreId);

public sealed record ProductBody(string ProductId, string Name, Money Price, bool Available, string? Category);

public sealed record CatalogBody(IReadOnlyList<ProductBody> Products);

public sealed record CatalogView(string StoreId, string Name, string Currency, bool Open, IReadOnlyList<ProductBody> Products);

public sealed record StoreView(string StoreId, string Name, Position Position, bool Open, int DeliveryRadiusM, int? DistanceM);

public sealed record StoresView(IReadOnlyList<StoreView> Stores);

public sealed record OrderItemBody(string ProductId, int Quantity);

public sealed record PlaceOrderBody(string StoreId, IReadOnlyList<OrderItemBody> Items, PlaceBody Dropoff, string? Comment, PaymentBody PaymentMethod);

public sealed record OrderCreated(string OrderId, string Status, Money Total);

public sealed record OrderCourier(string CourierId, string FirstName);

public sealed record OrderView(
    string OrderId, string Status, string StoreId, Position StorePosition, PlaceBody? Dropoff, OrderCourier? Courier, bool Ready, bool HasProof,
    IReadOnlyList<TimelineEntry> Timeline);

public sealed record OrderHistoryItem(string OrderId, string Role, string Status, string StoreId);

public sealed record OrderHistory(IReadOnlyList<OrderHistoryItem> Items, string? NextCursor);

public static class Wire
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every status the host can report for a trip (API.md); anything else is a broken contract.</summary>
    public static IReadOnlySet<string> TripStatuses { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "requested", "dispatching", "driverAssigned", "driverArrived", "inProgress", "completed", "cancelled", "noDriverFound",
    };

    public static bool IsTerminal(string status) => status is "completed" or "cancelled" or "noDriverFound";

    /// <summary>Every status the host can report for a delivery order (Domain/Orders/OrderStatus.cs).</summary>
    public static IReadOnlySet<string> OrderStatuses { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "placed", "acceptedByStore", "rejectedByStore", "ready", "courierAssigned", "pickedUp", "delivered", "cancelled", "noCourierFound",
    };

    public static bool IsOrderTerminal(string status) => status is "delivered" or "cancelled" or "rejectedByStore" or "noCourierFound";

    /// <summary>A 1×1 PNG: the proof-of-delivery photo (the host judges the type from the first bytes).</summary>
    public static byte[] TinyPng { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}
