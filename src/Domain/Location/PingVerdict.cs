namespace Upjunoo.Domain.Location;

/// <summary>The outcome of validating one ping: accepted, or the reason it is not (with the speed it implied).</summary>
public readonly record struct PingVerdict(PingRejectionReason? Reason, double? ImpliedSpeedMps)
{
    public static PingVerdict Accepted => default;

    public bool IsAccepted => Reason is null;

    public static PingVerdict Reject(PingRejectionReason reason, double? impliedSpeedMps = null) => new(reason, impliedSpeedMps);
}
