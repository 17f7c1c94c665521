using System.Collections.Concurrent;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The bounded per-driver memory of the pipeline. At the bound, tracks idle for longer than
/// <c>forgetAfter</c> are purged (at most once per <c>forgetAfter / 4</c>); when even that leaves no room, new
/// drivers are validated without a previous ping rather than growing memory — the region's stale eviction
/// still removes them.
/// </summary>
internal sealed class DriverTracks(int maxDrivers, TimeSpan forgetAfter)
{
    private readonly ConcurrentDictionary<string, DriverTrack> _tracks = new(StringComparer.Ordinal);
    private readonly Lock _purgeLock = new();
    private int _count;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    public int Count => Volatile.Read(ref _count);

    public DriverTrack? Find(string driverId) => _tracks.TryGetValue(driverId, out var t) ? t : null;

    public DriverTrack? GetOrAdd(string driverId, DateTimeOffset now)
    {
        if (_tracks.TryGetValue(driverId, out var track))
        {
            return track;
        }

        if (Count >= maxDrivers && !TryPurge(now))
        {
            return null;
        }

        var created = new DriverTrack { LastReceivedAt = now };
        if (_tracks.TryAdd(driverId, created))
        {
            Interlocked.Increment(ref _count);
            return created;
        }

        return _tracks.TryGetValue(driverId, out track) ? track : null;
    }

    private bool TryPurge(DateTimeOffset now)
    {
        lock (_purgeLock)
        {
            if (Count < maxDrivers)
            {
                return true;
            }

            if (now < _nextPurge)
            {
                return false;
            }

            _nextPurge = now + (forgetAfter / 4);
            var cutoff = now - forgetAfter;
            foreach (var (id, track) in _tracks)
            {
                if (track.LastReceivedAt < cutoff && _tracks.TryRemove(id, out _))
                {
                    Interlocked.Decrement(ref _count);
                }
            }

            return Count < maxDrivers;
        }
    }
}
