using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>
/// A trip as its parties see it: the rider's first name only, the driver's first name and vehicle (the plate is
/// needed to find the car) — never a phone number or a history (R13).
/// </summary>
public sealed record TripView(
    string TripId,
    string Status,
    PlaceView Pickup,
    PlaceView Dropoff,
    string Service,
    Money? Fare,
    Money? FareEstimate,
    string PaymentMethod,
    TripDriverView? Driver,
    string RiderFirstName,
    string? ChosenDriverId,
    bool AwaitingRiderChoice,
    DateTimeOffset? OfferExpiresAt,
    CancellationView? Cancellation,
    IReadOnlyList<TimelineView> Timeline)
{
    public static TripView Of(TripState s, GeoPoint? driverPosition = null) => new(
        s.TripId!,
        TripStatusNames.Of(s.Status),
        PlaceView.Of(s.Pickup!),
        PlaceView.Of(s.Dropoff!),
        Camel(s.Service.ToString()),
        s.Completion?.Fare.Total,
        s.FareEstimate,
        Camel(s.Payment?.Kind.ToString() ?? "cash"),
        s.Driver is { } d ? new TripDriverView(d.DriverId, d.FirstName, d.Vehicle.Make, d.Vehicle.Model, d.Vehicle.Color, d.Vehicle.Plate, driverPosition) : null,
        s.RiderFirstName ?? "",
        s.ChosenDriverId,
        s.AwaitingRiderChoice,
        s.PendingOffer?.ExpiresAt,
        s.Cancellation is { } c ? new CancellationView(Camel(c.By.Role.ToString()), c.Reason, c.Fee) : null,
        [.. s.Timeline.Select(t => new TimelineView(TripStatusNames.Of(t.Status), t.At))]);

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A place; once its person is erased the position is unknown (null), the address reads "[erased]".</summary>
public sealed record PlaceView(double? Lat, double? Lng, string? Address)
{
    public static PlaceView Of(Place p) => p.Position.IsValid ? new(p.Position.Lat, p.Position.Lng, p.Address) : new(null, null, p.Address);
}

public sealed record TripDriverView(string DriverId, string FirstName, string Make, string Model, string Color, string Plate, GeoPoint? Position);

public sealed record CancellationView(string By, string? Reason, Money? Fee);

public sealed record TimelineView(string Status, DateTimeOffset At);

public static class TripStatusNames
{
    public static string Of(TripStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString()[1..];
}
