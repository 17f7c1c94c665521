using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Drivers;

public abstract record DriverEvent : IPersisted
{
    private DriverEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("driver.went-online.v1")]
        public sealed record WentOnline(DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.went-offline.v1")]
        public sealed record WentOffline(DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.offer-received.v1")]
        public sealed record OfferReceived(JobKind JobKind, string JobId, DateTimeOffset ExpiresAt, DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.offer-accepted.v1")]
        public sealed record OfferAccepted(JobKind JobKind, string JobId, DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.offer-declined.v1")]
        public sealed record OfferDeclined(string JobId, DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.offer-expired.v1")]
        public sealed record OfferExpired(string JobId, DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.job-released.v1")]
        public sealed record JobReleased(string JobId, DateTimeOffset At) : DriverEvent;

        /// <summary>A fraud signal for review by a person (R17); nothing is decided automatically from it.</summary>
        [PersistedAs("driver.impossible-jump-flagged.v1")]
        public sealed record ImpossibleJumpFlagged(double ImpliedSpeedMps, DateTimeOffset PingAt, DateTimeOffset At) : DriverEvent;

        [PersistedAs("driver.rating-recorded.v1")]
        public sealed record RatingRecorded(string JobId, int Stars, DateTimeOffset At) : DriverEvent;
    }
}
