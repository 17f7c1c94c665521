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
}
