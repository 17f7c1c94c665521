using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>The port to the location pipeline (bounded: it may refuse, and the caller answers 429).</summary>
public interface ILocationIngest
{
    PingIngestResult Offer(string driverId, DriverCard card, IReadOnlyList<LocationPing> pings);

    /// <summary>Takes a driver out of the nearby index (offline, offered a job, on a job).</summary>
    void Remove(string driverId);
}

/// <summary>How many pings were taken, which were refused and why, or that the pipeline is full.</summary>
public sealed record PingIngestResult(bool IsFull, int Accepted, IReadOnlyList<(int Index, PingRejectionReason Reason)> Rejected, TimeSpan RetryAfter);
