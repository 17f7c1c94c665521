using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Trips;

public sealed partial class Trip
{
    private static Decision<TripEvent> OfferToDriver(TripCommand.OfferToDriver c, TripState state, DateTimeOffset at)
    {
        if (c.By.Role != PartyRole.System)
        {
            return Forbidden("dispatch");
        }

        if (!TripRules.IsLookingForDriver(state.Status))
        {
            return NotAllowed(state);
        }

        var pending = state.PendingOffer;
        if (pending?.DriverId == c.DriverId)
        {
            return Nothing;
        }

        if (state.AwaitingRiderChoice)
        {
            return Rejection.Conflict("trip.awaiting-rider-choice", "The chosen driver could not come; the rider must choose again.");
        }

        if (state.ChosenDriverId is { } chosen && chosen != c.DriverId)
        {
            return Rejection.Conflict("trip.chosen-driver-only", "The rider chose a driver; only that driver may be offered the trip.");
        }

        if (!Ids.LooksValid(c.DriverId) || c.ExpiresAt <= c.Now)
        {
            return Rejection.Invalid("trip.invalid-offer", "An offer needs a driver id and an expiry in the future.");
        }

        var offered = new DriverOffered(c.DriverId, c.ExpiresAt, at);
        if (pending is null)
        {
            return Accept(offered);
        }

        // A pending offer whose timer was lost must not block dispatch forever.
        return c.Now >= pending.ExpiresAt
            ? Accept(new TripEvent.V1.OfferExpired(pending.DriverId, at), offered)
            : Rejection.Conflict("trip.offer-pending", "Another driver is still considering this trip.");
    }

    private static Decision<TripEvent> Accepted(TripCommand.DriverAccepted c, TripState state, DateTimeOffset at)
    {
        if (!IsDriverOrSystem(c.By, c.DriverId))
        {
            return Forbidden("the offered driver");
        }

        if (state.Driver is { } assigned)
        {
            return assigned.DriverId == c.DriverId
                ? Nothing
                : Rejection.Conflict("trip.already-assigned", "Another driver has this trip.");
        }

        if (state.Status != TripStatus.Dispatching)
        {
            return NotAllowed(state);
        }

        if (state.PendingOffer is not { } offer || offer.DriverId != c.DriverId)
        {
            return Rejection.Conflict("trip.offer-not-pending", "This driver has no pending offer for this trip.");
        }

        return c.Now >= offer.ExpiresAt
            ? Rejection.Conflict("trip.offer-expired", "The offer has expired.")
            : Accept(new DriverAssigned(c.DriverId, Accounts.FirstNames.Of(c.DriverFirstName), c.Vehicle, at));
    }

    private static Decision<TripEvent> Declined(TripCommand.DriverDeclined c, TripState state, DateTimeOffset at)
    {
        if (!IsDriverOrSystem(c.By, c.DriverId))
        {
            return Forbidden("the offered driver");
        }

        return state.PendingOffer?.DriverId == c.DriverId
            ? OfferEnded(new OfferDeclined(c.DriverId, at), state, at)
            : Nothing;
    }

    private static Decision<TripEvent> Expired(TripCommand.OfferExpired c, TripState state, DateTimeOffset at)
    {
        if (c.By.Role != PartyRole.System)
        {
            return Forbidden("dispatch");
        }

        return state.PendingOffer is { } offer && offer.DriverId == c.DriverId && c.Now >= offer.ExpiresAt
            ? OfferEnded(new TripEvent.V1.OfferExpired(c.DriverId, at), state, at)
            : Nothing;
    }

    private static Decision<TripEvent> OfferEnded(TripEvent ended, TripState state, DateTimeOffset at) =>
        state.ChosenDriverId is { } chosen
            ? Accept(ended, new ChosenDriverUnavailable(chosen, at))
            : Accept(ended);

    private static Decision<TripEvent> ChooseDriver(TripCommand.ChooseDriver c, TripState state, DateTimeOffset at)
    {
        if (!state.IsRider(c.By) && c.By.Role != PartyRole.Support)
        {
            return Forbidden("the rider or support");
        }

        if (!TripRules.IsLookingForDriver(state.Status))
        {
            return NotAllowed(state);
        }

        if (!state.AwaitingRiderChoice)
        {
            return state.ChosenDriverId == c.DriverId
                ? Nothing
                : Rejection.Conflict("trip.not-awaiting-choice", "A driver can be chosen again only when the chosen one could not come.");
        }

        return c.DriverId is not null && !Ids.LooksValid(c.DriverId)
            ? Rejection.Invalid("trip.invalid-id", "The driver id is not valid.", "driverId")
            : Accept(new DriverChosen(c.DriverId, at));
    }

    private static Decision<TripEvent> ChosenDriverBusy(TripCommand.ChosenDriverBusy c, TripState state, DateTimeOffset at)
    {
        if (c.By.Role != PartyRole.System)
        {
            return Forbidden("dispatch");
        }

        if (!TripRules.IsLookingForDriver(state.Status) || state.ChosenDriverId != c.DriverId || state.PendingOffer is not null)
        {
            return Nothing;
        }

        return state.AwaitingRiderChoice ? Nothing : Accept(new ChosenDriverUnavailable(c.DriverId, at));
    }

    private static Decision<TripEvent> NoDriverFound(TripCommand.NoDriverFound c, TripState state, DateTimeOffset at)
    {
        if (c.By.Role != PartyRole.System)
        {
            return Forbidden("dispatch");
        }

        if (state.Status == TripStatus.NoDriverFound)
        {
            return Nothing;
        }

        return TripRules.IsLookingForDriver(state.Status)
            ? Accept(new TripEvent.V1.NoDriverFound(state.PendingOffer?.DriverId, at))
            : NotAllowed(state);
    }

    private static bool IsDriverOrSystem(Party by, string driverId) =>
        by.Role == PartyRole.System || (by.Role == PartyRole.Driver && by.AccountId == driverId);
}
