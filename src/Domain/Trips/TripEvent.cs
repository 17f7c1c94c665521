using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>
/// Events of one ride. Data subjects: the rider owns the trip's personal data (places, payment token, reasons,
/// comments: the order record, R18); the driver owns their first name and plate (<c>DriverId</c>). Events that name
/// no subject (<see cref="V1.Cancelled"/>, <see cref="V1.Rated"/>) are encrypted for the subject the trip entity
/// gives when persisting: its rider.
/// </summary>
public abstract record TripEvent : IPersisted
{
    private TripEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("trip.requested.v1")]
        public sealed record Requested(
            string TripId,
            [property: DataSubject] string RiderId,
            [property: Personal(DataCategory.Identity)] string RiderFirstName,
            CountryCode Country,
            Place Pickup,
            Place Dropoff,
            ServiceType Service,
            PaymentMethod Payment,
            string? ChosenDriverId,
            Money FareEstimate,
            DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.driver-offered.v1")]
        public sealed record DriverOffered(string DriverId, DateTimeOffset ExpiresAt, DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.offer-declined.v1")]
        public sealed record OfferDeclined(string DriverId, DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.offer-expired.v1")]
        public sealed record OfferExpired(string DriverId, DateTimeOffset At) : TripEvent;

        /// <summary>The driver the rider chose cannot come; dispatch waits for the rider to choose again.</summary>
        [PersistedAs("trip.chosen-driver-unavailable.v1")]
        public sealed record ChosenDriverUnavailable(string DriverId, DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.driver-chosen.v1")]
        public sealed record DriverChosen(string? DriverId, DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.driver-assigned.v1")]
        public sealed record DriverAssigned(
            [property: DataSubject] string DriverId,
            [property: Personal(DataCategory.Identity)] string DriverFirstName,
            Vehicle Vehicle,
            DateTimeOffset At) : TripEvent;

        /// <summary>
        /// A marker with no data, written just before <see cref="Purged"/>: the SQL journal keeps the highest deleted
        /// row (flagged) to remember the sequence number, and that row must not be one that holds personal data.
        /// </summary>
        [PersistedAs("trip.retention-ended.v1")]
        public sealed record RetentionEnded(DateTimeOffset At) : TripEvent;

        /// <summary>The trip's retention ended: every earlier event is deleted from the journal (R18).</summary>
        [PersistedAs("trip.purged.v1")]
        public sealed record Purged(DateTimeOffset At) : TripEvent, Privacy.IPurgesJournal;

        /// <summary>Dispatch gave up; <paramref name="DriverToRelease"/> had a pending offer and is free again.</summary>
        [PersistedAs("trip.no-driver-found.v1")]
        public sealed record NoDriverFound(string? DriverToRelease, DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.driver-arrived.v1")]
        public sealed record DriverArrived(DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.started.v1")]
        public sealed record Started(DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.completed.v1")]
        public sealed record Completed(int DistanceM, int DurationSeconds, FareBreakdown Fare, DateTimeOffset At) : TripEvent;

        /// <summary><paramref name="DriverToRelease"/> is the assigned or offered driver, who is free again.</summary>
        [PersistedAs("trip.cancelled.v1")]
        public sealed record Cancelled(
            Party By,
            [property: Personal(DataCategory.OrderComments)] string? Reason,
            Money Fee,
            string? DriverToRelease,
            DateTimeOffset At) : TripEvent;

        [PersistedAs("trip.rated.v1")]
        public sealed record Rated(
            PartyRole By,
            int Stars,
            [property: Personal(DataCategory.OrderComments)] string? Comment,
            DateTimeOffset At) : TripEvent;
    }
}
