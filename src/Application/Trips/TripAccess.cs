using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>
/// Who may see a trip and in which role they act on it. Anyone else gets "not found", so a trip's existence is not
/// revealed to strangers.
/// </summary>
public static class TripAccess
{
    public static Rejection NotFound { get; } = Rejection.NotFound("trip.not-found", "No such trip.");

    public static bool MaySee(Caller caller, TripState trip) =>
        trip.Exists && (trip.RiderId == caller.AccountId
            || trip.Driver?.DriverId == caller.AccountId
            || trip.PendingOffer?.DriverId == caller.AccountId
            || caller.Has(Role.Support) || caller.Has(Role.Operator));

    /// <summary>The party the caller acts as: rider, the assigned (or offered) driver, or support.</summary>
    public static Party? PartyOf(Caller caller, TripState trip)
    {
        if (trip.RiderId == caller.AccountId)
        {
            return Party.Rider(caller.AccountId);
        }

        if (trip.Driver?.DriverId == caller.AccountId || trip.PendingOffer?.DriverId == caller.AccountId)
        {
            return Party.Driver(caller.AccountId);
        }

        return caller.Has(Role.Support) ? Party.Support(caller.AccountId) : null;
    }
}
