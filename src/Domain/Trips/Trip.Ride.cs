using Upjunoo.Domain.Common;
using Upjunoo.Domain.Fares;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Trips;

public sealed partial class Trip
{
    private static Decision<TripEvent> Arrived(TripCommand.DriverArrived c, TripState state, DateTimeOffset at) =>
        RideStep(c.By, state, TripStatus.DriverArrived, () => Accept(new DriverArrived(at)));

    private static Decision<TripEvent> Start(TripCommand.Start c, TripState state, DateTimeOffset at) =>
        RideStep(c.By, state, TripStatus.InProgress, () => Accept(new Started(at)));

    private static Decision<TripEvent> Complete(TripCommand.Complete c, TripState state, DateTimeOffset at) =>
        RideStep(c.By, state, TripStatus.Completed, () => c.DistanceM < 0 || c.DurationSeconds < 0
            ? Rejection.Invalid("trip.invalid-measurement", "Distance and duration cannot be negative.")
            : Accept(new Completed(c.DistanceM, c.DurationSeconds, FareCalculator.Price(state.Country, state.Service, c.DistanceM, c.DurationSeconds), at)));

    /// <summary>
    /// The assigned driver moves the ride one step forward: repeating a step already taken does nothing; skipping
    /// one, or acting on a trip that ended, is refused.
    /// </summary>
    private static Decision<TripEvent> RideStep(Party by, TripState state, TripStatus target, Func<Decision<TripEvent>> step)
    {
        if (!state.IsAssignedDriver(by))
        {
            return Forbidden("the assigned driver");
        }

        var progress = TripRules.RideProgress(state.Status);
        var wanted = TripRules.RideProgress(target);
        if (progress >= wanted)
        {
            return Nothing;
        }

        return progress == wanted - 1 ? step() : NotAllowed(state);
    }

    private static Decision<TripEvent> Cancel(TripCommand.Cancel c, TripState state, DateTimeOffset at)
    {
        var rider = state.IsRider(c.By);
        var driver = state.IsAssignedDriver(c.By);
        if (!rider && !driver && c.By.Role is not (PartyRole.Support or PartyRole.System))
        {
            return Forbidden("the rider, the assigned driver or support");
        }

        if (state.Status == TripStatus.Cancelled)
        {
            return Nothing;
        }

        // Once the ride has started only support can stop it; nobody can cancel a trip that already ended.
        var allowed = TripRules.IsOpen(state.Status) && (state.Status != TripStatus.InProgress || c.By.Role == PartyRole.Support);
        if (!allowed)
        {
            return NotAllowed(state);
        }

        var reason = string.IsNullOrWhiteSpace(c.Reason) ? null : c.Reason.Trim();
        if (reason?.Length > TripRules.MaxReasonLength)
        {
            return Rejection.Invalid("trip.invalid-reason", $"A reason has at most {TripRules.MaxReasonLength} characters.", "reason");
        }

        // Only the rider pays for cancelling; a driver, support or the system cancelling is free for the rider.
        var policy = CancellationPolicy.For(state.Country);
        var fee = rider
            ? policy.RiderFee(state.Driver?.AssignedAt, state.DriverHasArrived, c.Now)
            : Countries.Money.Zero(policy.Currency);
        var release = state.Driver?.DriverId ?? state.PendingOffer?.DriverId;
        return Accept(new Cancelled(c.By, reason, fee, release, at));
    }

    private static Decision<TripEvent> Rate(TripCommand.Rate c, TripState state, DateTimeOffset at)
    {
        var side = state.IsRider(c.By) ? PartyRole.Rider : state.IsAssignedDriver(c.By) ? PartyRole.Driver : (PartyRole?)null;
        if (side is null)
        {
            return Forbidden("the rider or the assigned driver");
        }

        if (state.Status != TripStatus.Completed)
        {
            return NotAllowed(state);
        }

        var comment = string.IsNullOrWhiteSpace(c.Comment) ? null : c.Comment.Trim();
        var existing = side == PartyRole.Rider ? state.RatingByRider : state.RatingByDriver;
        if (existing is not null)
        {
            return existing.Stars == c.Stars && existing.Comment == comment
                ? Nothing
                : Rejection.Conflict("trip.already-rated", "This trip was already rated.");
        }

        if (c.Stars is < TripRules.MinStars or > TripRules.MaxStars)
        {
            return Rejection.Invalid("trip.invalid-stars", "A rating is 1 to 5 stars.", "stars");
        }

        return comment?.Length > TripRules.MaxCommentLength
            ? Rejection.Invalid("trip.invalid-comment", $"A comment has at most {TripRules.MaxCommentLength} characters.", "comment")
            : Accept(new Rated(side.Value, c.Stars, comment, at));
    }
}
