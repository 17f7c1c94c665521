using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Location;

/// <summary>Pure validation of one ping against the driver's previous accepted ping and "now".</summary>
public static class PingValidator
{
    public static PingVerdict Validate(in LocationPing ping, LocationPing? previousAccepted, DateTimeOffset now) =>
        Validate(ping, previousAccepted, now, PingRules.Default);

    public static PingVerdict Validate(in LocationPing ping, LocationPing? previousAccepted, DateTimeOffset now, PingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (!ping.Position.IsValid)
        {
            return PingVerdict.Reject(PingRejectionReason.InvalidCoordinates);
        }

        if (ping.At > now + rules.MaxAheadOfNow)
        {
            return PingVerdict.Reject(PingRejectionReason.TimestampInFuture);
        }

        if (ping.At < now - rules.MaxAge)
        {
            return PingVerdict.Reject(PingRejectionReason.TimestampTooOld);
        }

        // A missing accuracy is trusted (many devices omit it); a NaN one is not.
        if (ping.AccuracyM is { } accuracy && !(accuracy >= 0 && accuracy <= rules.WorstAccuracyM))
        {
            return PingVerdict.Reject(PingRejectionReason.AccuracyTooLow);
        }

        if (previousAccepted is { } previous)
        {
            var speed = ImpliedSpeedMps(previous, ping, rules);
            if (speed > rules.MaxSpeedMps)
            {
                return PingVerdict.Reject(PingRejectionReason.ImpossibleSpeed, speed);
            }
        }

        return PingVerdict.Accepted;
    }

    /// <summary>
    /// The speed needed to get from one fix to the other. The reported accuracies are subtracted from the
    /// distance first, so a jittery but honest fix is not mistaken for a teleport.
    /// </summary>
    public static double ImpliedSpeedMps(in LocationPing from, in LocationPing to, PingRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var distance = Haversine.DistanceM(from.Position, to.Position) - (from.AccuracyM ?? 0) - (to.AccuracyM ?? 0);
        var seconds = Math.Max(Math.Abs((to.At - from.At).TotalSeconds), rules.MinimumInterval.TotalSeconds);
        return Math.Max(distance, 0) / seconds;
    }
}
