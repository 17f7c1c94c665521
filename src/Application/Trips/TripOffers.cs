using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

public static class TripOffers
{
    /// <summary>What an offered driver sees of a trip: first name, pickup, drop-off, estimated fare, expiry (R13).</summary>
    public static OfferView View(TripState trip) => new(
        "trip", trip.TripId!, trip.Pickup!.Position, trip.Pickup.Address, trip.Dropoff!.Position, trip.Dropoff.Address,
        trip.RiderFirstName ?? "", trip.FareEstimate, trip.PendingOffer!.ExpiresAt);
}
