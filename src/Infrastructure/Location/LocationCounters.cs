namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// Node-wide counters of the location path. When the pipeline is idle,
/// <c>Accepted = Applied + Superseded + OutOfOrder + DroppedAfterRemoval + DeliveryFailed</c>: no accepted ping
/// disappears without being counted for a reason.
/// </summary>
public sealed class LocationCounters
{
    private long _accepted, _rejected, _refusedRequests, _refusedPings, _fraudSignals;
    private long _applied, _superseded, _outOfOrder, _droppedAfterRemoval, _deliveryFailed;

    public long Accepted => Interlocked.Read(ref _accepted);

    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Requests answered "full" (the endpoint's 429s).</summary>
    public long RefusedRequests => Interlocked.Read(ref _refusedRequests);

    public long RefusedPings => Interlocked.Read(ref _refusedPings);

    public long FraudSignals => Interlocked.Read(ref _fraudSignals);

    /// <summary>Pings written into a region's index.</summary>
    public long Applied => Interlocked.Read(ref _applied);

    /// <summary>Accepted pings replaced by a newer ping of the same driver before reaching the index (conflation).</summary>
    public long Superseded => Interlocked.Read(ref _superseded);

    /// <summary>Pings that reached the index after a newer one of the same driver.</summary>
    public long OutOfOrder => Interlocked.Read(ref _outOfOrder);

    public long DroppedAfterRemoval => Interlocked.Read(ref _droppedAfterRemoval);

    public long DeliveryFailed => Interlocked.Read(ref _deliveryFailed);

    /// <summary>Accepted pings not yet accounted for: zero once the pipeline has drained.</summary>
    public long InFlight => Accepted - Applied - Superseded - OutOfOrder - DroppedAfterRemoval - DeliveryFailed;

    internal void AddAccepted(long n) => Interlocked.Add(ref _accepted, n);

    internal void AddRejected(long n) => Interlocked.Add(ref _rejected, n);

    internal void AddRefused(long pings)
    {
        Interlocked.Increment(ref _refusedRequests);
        Interlocked.Add(ref _refusedPings, pings);
    }

    internal void AddFraudSignal() => Interlocked.Increment(ref _fraudSignals);

    internal void AddApplied(long n) => Interlocked.Add(ref _applied, n);

    internal void AddSuperseded(long n) => Interlocked.Add(ref _superseded, n);

    internal void AddOutOfOrder(long n) => Interlocked.Add(ref _outOfOrder, n);

    internal void AddDroppedAfterRemoval(long n) => Interlocked.Add(ref _droppedAfterRemoval, n);

    internal void AddDeliveryFailed(long n) => Interlocked.Add(ref _deliveryFailed, n);
}
