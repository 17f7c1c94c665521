namespace Upjunoo.Domain.Dispatch;

/// <summary>
/// A free driver near the pickup: how far, how soon (ETA), their average rating (1–5) and acceptance rate (0–1).
/// Drivers without history get <see cref="NeutralRating"/> and <see cref="NeutralAcceptanceRate"/>, so newcomers
/// are neither favoured nor buried.
/// </summary>
public sealed record DispatchCandidate(string DriverId, int DistanceM, int EtaSeconds, double Rating, double AcceptanceRate)
{
    public const double NeutralRating = 4.5;
    public const double NeutralAcceptanceRate = 0.8;

    public static DispatchCandidate Of(string driverId, int distanceM, int etaSeconds, double? rating, double? acceptanceRate) =>
        new(driverId, distanceM, etaSeconds, rating ?? NeutralRating, acceptanceRate ?? NeutralAcceptanceRate);
}
