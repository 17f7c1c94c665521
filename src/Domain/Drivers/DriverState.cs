using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Drivers;

/// <summary>
/// The availability of one driver or courier: the single owner of "is this driver free" (R33). While
/// <see cref="DriverStatus.Offered"/> or <see cref="DriverStatus.Busy"/>, <see cref="JobKind"/> and
/// <see cref="JobId"/> name the job; <see cref="OfferExpiresAt"/> is set only while offered.
/// </summary>
[PersistedAs("driver.state.v1")]
public sealed record DriverState(
    DriverStatus Status,
    JobKind? JobKind,
    string? JobId,
    DateTimeOffset? OfferExpiresAt,
    int OffersReceived,
    int OffersAccepted,
    int RatingCount,
    int RatingSum,
    IReadOnlyList<string> RecentlyRatedJobs) : IPersisted
{
    public static DriverState Offline { get; } = new(DriverStatus.Offline, null, null, null, 0, 0, 0, 0, []);

    public bool IsFree => Status == DriverStatus.Available;

    /// <summary>Accepted ÷ received offers; null before the first offer.</summary>
    public double? AcceptanceRate => OffersReceived == 0 ? null : (double)OffersAccepted / OffersReceived;

    /// <summary>Mean stars received; null before the first rating.</summary>
    public double? AverageRating => RatingCount == 0 ? null : (double)RatingSum / RatingCount;

    public bool HasOffer(string jobId) => Status == DriverStatus.Offered && JobId == jobId;

    public bool IsBusyWith(string jobId) => Status == DriverStatus.Busy && JobId == jobId;
}
