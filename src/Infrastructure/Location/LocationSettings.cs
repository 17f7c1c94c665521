using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>Tuning of the location pipeline, the regions and the nearby search (bound from <c>Location</c> configuration).</summary>
public sealed class LocationSettings
{
    /// <summary>Envelopes (one per accepted request) the stream's entry channel holds before TryOffer reports "full".</summary>
    public int ChannelCapacity { get; set; } = 4096;

    /// <summary>Most envelopes folded into one newest-per-driver batch while the regions are busy; then the channel fills.</summary>
    public int MaxConflated { get; set; } = 16_384;

    /// <summary>Geohash precision of a region cell; 6 ≈ 1.2 km × 0.6 km at the equator.</summary>
    public int CellPrecision { get; set; } = 6;

    /// <summary>Most positions sent to one region in one message.</summary>
    public int MaxRegionBatch { get; set; } = 512;

    /// <summary>Batches being delivered to the regions at the same time.</summary>
    public int DeliveryParallelism { get; set; } = 2;

    public TimeSpan RegionAskTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A driver with no ping for this long leaves the index.</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan StaleSweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Drivers whose last accepted ping is remembered for the speed check and cell tracking.</summary>
    public int MaxTrackedDrivers { get; set; } = 500_000;

    /// <summary>What the endpoint puts in <c>Retry-After</c> when the pipeline is full.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan NearbyTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public double MaxNearbyRadiusM { get; set; } = 10_000;

    public int MaxNearbyLimit { get; set; } = 50;

    public PingRules PingRules { get; set; } = PingRules.Default;

    public EtaEstimator Eta { get; set; } = EtaEstimator.Default;
}
