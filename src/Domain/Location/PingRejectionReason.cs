namespace Upjunoo.Domain.Location;

/// <summary>Why a ping is refused. The wire names (<see cref="PingRejectionReasons.WireName"/>) are part of the API.</summary>
public enum PingRejectionReason
{
    InvalidCoordinates,
    TimestampInFuture,
    TimestampTooOld,
    AccuracyTooLow,

    /// <summary>The jump from the previous accepted ping needs an impossible speed: also a fraud signal (R17).</summary>
    ImpossibleSpeed,
}

public static class PingRejectionReasons
{
    public static string WireName(this PingRejectionReason reason) => reason switch
    {
        PingRejectionReason.InvalidCoordinates => "invalid-coordinates",
        PingRejectionReason.TimestampInFuture => "timestamp-in-future",
        PingRejectionReason.TimestampTooOld => "timestamp-too-old",
        PingRejectionReason.AccuracyTooLow => "accuracy-too-low",
        PingRejectionReason.ImpossibleSpeed => "impossible-speed",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    public static bool IsFraudSignal(this PingRejectionReason reason) => reason == PingRejectionReason.ImpossibleSpeed;
}
