using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Trips;

public sealed partial class Trip
{
    public static TripState Evolve(TripState state, TripEvent @event) => @event switch
    {
        Requested e => state with
        {
            TripId = e.TripId, RiderId = e.RiderId, RiderFirstName = e.RiderFirstName, Country = e.Country,
            Pickup = e.Pickup, Dropoff = e.Dropoff, Service = e.Service, Payment = e.Payment,
            ChosenDriverId = e.ChosenDriverId, FareEstimate = e.FareEstimate, Status = TripStatus.Requested,
            Timeline = [new TimelineEntry(TripStatus.Requested, e.At)],
        },
        DriverOffered e => Enter(
            state with { Attempts = [.. state.Attempts, new DispatchAttempt(e.DriverId, e.At, e.ExpiresAt, OfferOutcome.Pending)] },
            TripStatus.Dispatching, e.At),
        OfferDeclined => EndPendingOffer(state, OfferOutcome.Declined),
        OfferExpired => EndPendingOffer(state, OfferOutcome.Expired),
        ChosenDriverUnavailable => state with { AwaitingRiderChoice = true },
        DriverChosen e => state with { ChosenDriverId = e.DriverId, AwaitingRiderChoice = false },
        DriverAssigned e => Enter(
            EndPendingOffer(state, OfferOutcome.Accepted) with
            {
                Driver = new AssignedDriver(e.DriverId, e.DriverFirstName, e.Vehicle, e.At), AwaitingRiderChoice = false,
            },
            TripStatus.DriverAssigned, e.At),
        TripEvent.V1.Purged => TripState.Empty,
        NoDriverFound e => Enter(EndPendingOffer(state, OfferOutcome.Withdrawn) with { AwaitingRiderChoice = false }, TripStatus.NoDriverFound, e.At),
        DriverArrived e => Enter(state, TripStatus.DriverArrived, e.At),
        Started e => Enter(state, TripStatus.InProgress, e.At),
        Completed e => Enter(state with { Completion = new TripCompletion(e.DistanceM, e.DurationSeconds, e.Fare, e.At) }, TripStatus.Completed, e.At),
        Cancelled e => Enter(
            EndPendingOffer(state, OfferOutcome.Withdrawn) with { Cancellation = new TripCancellation(e.By, e.Reason, e.Fee, e.At), AwaitingRiderChoice = false },
            TripStatus.Cancelled, e.At),
        Rated { By: PartyRole.Rider } e => state with { RatingByRider = new TripRating(e.Stars, e.Comment, e.At) },
        Rated e => state with { RatingByDriver = new TripRating(e.Stars, e.Comment, e.At) },
        _ => state,
    };

    private static TripState Enter(TripState state, TripStatus status, DateTimeOffset at) =>
        state.Status == status ? state : state with { Status = status, Timeline = [.. state.Timeline, new TimelineEntry(status, at)] };

    private static TripState EndPendingOffer(TripState state, OfferOutcome outcome) =>
        state.PendingOffer is { } pending
            ? state with { Attempts = [.. state.Attempts.Select(a => ReferenceEquals(a, pending) ? a with { Outcome = outcome } : a)] }
            : state;
}
