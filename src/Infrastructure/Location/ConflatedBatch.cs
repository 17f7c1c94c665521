namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The envelopes gathered while the regions are busy, keeping only the newest per driver. A batch of one (the
/// common case when the regions keep up) allocates no dictionary.
/// </summary>
internal sealed class ConflatedBatch
{
    private readonly PingEnvelope _first;
    private Dictionary<string, PingEnvelope>? _byDriver;

    public ConflatedBatch(PingEnvelope first) => _first = first;

    public IEnumerable<PingEnvelope> Envelopes => _byDriver is null ? [_first] : _byDriver.Values;

    public ConflatedBatch Add(PingEnvelope next, LocationCounters counters)
    {
        _byDriver ??= new Dictionary<string, PingEnvelope>(StringComparer.Ordinal) { [_first.DriverId] = _first };
        if (_byDriver.TryGetValue(next.DriverId, out var held))
        {
            var (keep, drop) = next.Ping.At >= held.Ping.At ? (next, held) : (held, next);
            _byDriver[next.DriverId] = keep;
            counters.AddSuperseded(drop.Pings);
        }
        else
        {
            _byDriver[next.DriverId] = next;
        }

        return this;
    }
}
