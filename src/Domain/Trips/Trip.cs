using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Trips;

/// <summary>
/// One ride (R4): requested → dispatching → driverAssigned → driverArrived → inProgress → completed, or
/// cancelled / noDriverFound. Checks who acts first (403), then idempotent repeats (no events), then the state (409).
/// </summary>
public sealed partial class Trip : IDecider<TripState, TripCommand, TripEvent>
{
    public static TripState Initial => TripState.Empty;

    public static Decision<TripEvent> Decide(TripCommand command, TripState state)
    {
        if (command is TripCommand.Request request)
        {
            return state.Exists ? Decision<TripEvent>.Nothing : Request(request);
        }

        if (!state.Exists)
        {
            return Rejection.NotFound("trip.not-found", "No such trip.");
        }

        var at = state.EventTime(command.Now);
        return command switch
        {
            TripCommand.OfferToDriver c => OfferToDriver(c, state, at),
            TripCommand.DriverAccepted c => Accepted(c, state, at),
            TripCommand.DriverDeclined c => Declined(c, state, at),
            TripCommand.OfferExpired c => Expired(c, state, at),
            TripCommand.ChooseDriver c => ChooseDriver(c, state, at),
            TripCommand.ChosenDriverBusy c => ChosenDriverBusy(c, state, at),
            TripCommand.Purge c => c.By.Role != PartyRole.System
                ? Forbidden("retention")
                : state.Status is TripStatus.Completed or TripStatus.Cancelled or TripStatus.NoDriverFound
                    ? Accept(new TripEvent.V1.RetentionEnded(at), new TripEvent.V1.Purged(at))
                    : NotAllowed(state),
            TripCommand.NoDriverFound c => NoDriverFound(c, state, at),
            TripCommand.DriverArrived c => Arrived(c, state, at),
            TripCommand.Start c => Start(c, state, at),
            TripCommand.Complete c => Complete(c, state, at),
            TripCommand.Cancel c => Cancel(c, state, at),
            TripCommand.Rate c => Rate(c, state, at),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<TripEvent> Request(TripCommand.Request c)
    {
        if (!Ids.LooksValid(c.TripId) || !Ids.LooksValid(c.RiderId) || (c.ChosenDriverId is not null && !Ids.LooksValid(c.ChosenDriverId)))
        {
            return Rejection.Invalid("trip.invalid-id", "The trip, rider or chosen driver id is not valid.");
        }

        if (!c.Pickup.IsValid || !c.Dropoff.IsValid)
        {
            return Rejection.Invalid("trip.invalid-place", "The pickup and drop-off need valid positions.", c.Pickup.IsValid ? "dropoff" : "pickup");
        }

        if (c.Service == ServiceType.Delivery)
        {
            return Rejection.Invalid("trip.invalid-service", "Deliveries are ordered, not requested as rides.", "service");
        }

        if (!c.Payment.IsValid)
        {
            return Rejection.Invalid("trip.invalid-payment", "Card and mobile money need a provider and its token.", "paymentMethod");
        }

        if (c.FareEstimate.Currency != Countries.Countries.Of(c.Country).Currency.Code || c.FareEstimate.Amount <= 0)
        {
            return Rejection.Invalid("trip.invalid-fare", "The fare estimate must be a positive amount in the country's currency.", "fare");
        }

        return Decision<TripEvent>.Accept(new Requested(
            c.TripId, c.RiderId, c.RiderFirstName.Trim(), c.Country, c.Pickup, c.Dropoff, c.Service, c.Payment,
            c.ChosenDriverId, c.FareEstimate, c.Now));
    }

    private static Rejection Forbidden(string who) => Rejection.Forbidden("trip.forbidden", $"Only {who} may do this.");

    private static Rejection NotAllowed(TripState state) =>
        Rejection.Conflict("trip.not-allowed-in-state", $"Not possible while the trip is {state.Status}.");

    private static Decision<TripEvent> Accept(params TripEvent[] events) => Decision<TripEvent>.Accept(events);

    private static Decision<TripEvent> Nothing => Decision<TripEvent>.Nothing;
}
