namespace Upjunoo.Simulator.Metrics;

/// <summary>How one HTTP call went, as the run counts it.</summary>
public enum Outcome
{
    /// <summary>2xx.</summary>
    Ok,

    /// <summary>A 4xx the caller expected in a race (an offer that expired, a cancel racing an accept, a missing feature).</summary>
    Tolerated,

    /// <summary>429 (or 503) with Retry-After: backpressure, not an error.</summary>
    Throttled,

    /// <summary>A 4xx nobody expected, a timeout or a broken connection.</summary>
    Error,

    /// <summary>5xx: always fails the run.</summary>
    ServerError,
}
