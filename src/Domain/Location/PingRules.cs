namespace Upjunoo.Domain.Location;

/// <summary>The limits a ping must respect. <see cref="Default"/> is the product's rule set.</summary>
public sealed record PingRules(TimeSpan MaxAheadOfNow, TimeSpan MaxAge, double WorstAccuracyM, double MaxSpeedMps)
{
    /// <summary>30 s of clock skew, 2 min of lag, 100 m accuracy, ~250 km/h.</summary>
    public static PingRules Default { get; } = new(TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), 100, 70);

    /// <summary>
    /// Two pings closer in time than this are compared as if this far apart: phones batch fixes and stamp them
    /// to the second, so a 0 s gap must not turn 5 m of GPS jitter into an infinite speed.
    /// </summary>
    public TimeSpan MinimumInterval { get; init; } = TimeSpan.FromSeconds(1);
}
