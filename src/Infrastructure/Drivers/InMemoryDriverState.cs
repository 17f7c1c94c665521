using System.Collections.Concurrent;
using Upjunoo.Application.Drivers;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Drivers;

/// <summary>
/// Node-local soft state about partners: availability (fed by their DriverActor), latest position and active job.
/// Soft on purpose: the DriverActor and TripActor are the truth and refill it; it is lost on restart and rebuilt
/// within one ping interval.
/// </summary>
public sealed class InMemoryDriverState(TimeProvider clock) : IDriverAvailability, IDriverPositions, IActiveJobs
{
    /// <summary>
    /// On a cluster the driver's entity may live on another node, whose changes this node does not see: an entry is
    /// trusted this long, then the entity is asked again.
    /// </summary>
    public static readonly TimeSpan AvailabilityTrustedFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, (DriverStatus Status, DateTimeOffset At)> _status = new();
    private readonly ConcurrentDictionary<string, LocationPing> _positions = new();
    private readonly ConcurrentDictionary<string, ActiveJob> _jobs = new();

    public DriverStatus? Known(string driverId) =>
        _status.TryGetValue(driverId, out var known) && clock.GetUtcNow() - known.At < AvailabilityTrustedFor ? known.Status : null;

    public void Update(string driverId, DriverStatus status) => _status[driverId] = (status, clock.GetUtcNow());

    public void Record(string driverId, LocationPing ping) =>
        _positions.AddOrUpdate(driverId, ping, (_, held) => ping.At >= held.At ? ping : held);

    public LocationPing? Latest(string driverId) => _positions.TryGetValue(driverId, out var ping) ? ping : null;

    public ActiveJob? Of(string driverId) => _jobs.TryGetValue(driverId, out var job) ? job : null;

    public void Start(string driverId, ActiveJob job) => _jobs[driverId] = job;

    public void End(string driverId, string jobId)
    {
        if (_jobs.TryGetValue(driverId, out var job) && job.JobId == jobId)
        {
            _jobs.TryRemove(new KeyValuePair<string, ActiveJob>(driverId, job));
        }
    }
}
