namespace Upjunoo.Infrastructure.Cluster;

/// <summary>
/// Bound from <c>Cluster:Downing</c>: the split-brain resolver and failure-detector timings. The defaults are the
/// tuned values measured in NOTES.md (failover ≈ 11 s instead of ≈ 46 s with Akka's defaults).
/// </summary>
public sealed class DowningSettings
{
    public const string KeepOldest = "keep-oldest";
    public const string KeepMajority = "keep-majority";

    /// <summary>
    /// <c>keep-oldest</c> (default): the side with the oldest member survives, unless the oldest is alone (see
    /// <see cref="DownIfAlone"/>). <c>keep-majority</c>: the larger side survives. With three nodes or more both survive
    /// the loss of any one node; with two, neither survives the loss of the oldest (keep-majority: the lowest address).
    /// </summary>
    public string Strategy { get; set; } = KeepOldest;

    /// <summary>
    /// keep-oldest only: an oldest member cut off from every other member downs itself, the rest go on (so a crash of
    /// the oldest is survived). Akka ignores it in a 1–1 split: two nodes always keep the oldest.
    /// </summary>
    public bool DownIfAlone { get; set; } = true;

    /// <summary>How long membership must be stable before the resolver decides.</summary>
    public TimeSpan StableAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Extra wait before shards of a downed member are handed over, so it has surely stopped.</summary>
    public TimeSpan DownRemovalMargin { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan AcceptableHeartbeatPause { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Phi accrual threshold: higher tolerates more jitter but notices a dead node later.</summary>
    public double Threshold { get; set; } = 8;

    public bool IsKeepMajority => string.Equals(Strategy, KeepMajority, StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws on a strategy we do not support, so a typo fails the start instead of silently keeping the default.</summary>
    public void Validate()
    {
        if (!IsKeepMajority && !string.Equals(Strategy, KeepOldest, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Cluster:Downing:Strategy must be '{KeepOldest}' or '{KeepMajority}', not '{Strategy}'.");
        }
    }
}
