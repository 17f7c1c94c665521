using System.Diagnostics;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Location;

namespace Upjunoo.Bench;

/// <summary>
/// A load thread playing the HTTP endpoint: each request is one driver's batch of pings, stamped with the
/// current time. Either waits when the pipeline is full (to measure the sustainable rate) or drops the request
/// like a 429 does and goes on at its target rate (overload).
/// </summary>
internal sealed class Producer(BenchFleet fleet, LocationPipeline pipeline, int index, int producers, int pingsPerRequest)
{
    private readonly LocationPing[] _request = new LocationPing[pingsPerRequest];

    public long Requests { get; private set; }

    public long Refused { get; private set; }

    /// <summary>The last ping each of this producer's drivers had accepted (for the final check).</summary>
    public Dictionary<int, LocationPing> LastAccepted { get; } = [];

    public void Run(DateTimeOffset start, TimeSpan duration, bool waitWhenFull, double targetRequestsPerSecond, CancellationToken stop)
    {
        var clock = Stopwatch.StartNew();
        var driver = index;
        while (clock.Elapsed < duration && !stop.IsCancellationRequested)
        {
            if (targetRequestsPerSecond > 0 && Requests > clock.Elapsed.TotalSeconds * targetRequestsPerSecond)
            {
                Thread.SpinWait(50);
                continue;
            }

            var now = start + clock.Elapsed;
            var seconds = clock.Elapsed.TotalSeconds;
            for (var k = 0; k < pingsPerRequest; k++)
            {
                var back = (pingsPerRequest - 1 - k) * 0.1;
                _request[k] = fleet.Ping(driver, seconds - back, now.AddSeconds(-back));
            }

            var result = pipeline.TryOffer(fleet.Ids[driver], fleet.Cards[driver], _request);
            while (result.IsFull && waitWhenFull && !stop.IsCancellationRequested)
            {
                Thread.Yield(); // leave the core to the stream instead of re-validating in a tight loop
                result = pipeline.TryOffer(fleet.Ids[driver], fleet.Cards[driver], _request);
            }

            Requests++;
            if (result.IsFull)
            {
                Refused++;
            }
            else if (result.Accepted > 0)
            {
                LastAccepted[driver] = _request[^1];
            }

            driver += producers;
            if (driver >= fleet.Count)
            {
                driver = index;
            }
        }
    }
}
