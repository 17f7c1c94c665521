using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>
/// One ride from request to rating (R4). <see cref="ChosenDriverId"/> is set when the rider picked a driver
/// (R3); if that driver cannot take it, <see cref="AwaitingRiderChoice"/> holds dispatch until the rider picks again.
/// </summary>
[PersistedAs("trip.state.v1")]
public sealed record TripState(
    string? TripId,
    [property: DataSubject] string? RiderId,
    [property: Personal(DataCategory.Identity)] string? RiderFirstName,
    CountryCode Country,
    Place? Pickup,
    Place? Dropoff,
    ServiceType Service,
    PaymentMethod? Payment,
    Money? FareEstimate,
    TripStatus Status,
    string? ChosenDriverId,
    bool AwaitingRiderChoice,
    IReadOnlyList<DispatchAttempt> Attempts,
    AssignedDriver? Driver,
    TripCompletion? Completion,
    TripCancellation? Cancellation,
    TripRating? RatingByRider,
    TripRating? RatingByDriver,
    IReadOnlyList<TimelineEntry> Timeline) : IPersisted
{
    public static TripState Empty { get; } = new(
        null, null, null, CountryCode.CA, null, null, ServiceType.Standard, null, null, TripStatus.Requested,
        null, false, [], null, null, null, null, null, []);

    public bool Exists => TripId is not null;

    public DispatchAttempt? PendingOffer => Attempts.LastOrDefault(a => a.Outcome == OfferOutcome.Pending);

    public bool DriverHasArrived => TripRules.RideProgress(Status) >= 1;

    public bool IsRider(Party party) => party.Role == PartyRole.Rider && party.AccountId == RiderId;

    public bool IsAssignedDriver(Party party) => party.Role == PartyRole.Driver && party.AccountId == Driver?.DriverId;

    /// <summary>When an event decided at <paramref name="now"/> happens: never before the last one (clocks of nodes differ).</summary>
    public DateTimeOffset EventTime(DateTimeOffset now) => Timeline.Count > 0 && Timeline[^1].At > now ? Timeline[^1].At : now;
}
