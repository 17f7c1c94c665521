using System.Collections.Concurrent;
using System.Diagnostics;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// What the simulator saw of every trip, to check the invariants (R33) from the outside: every trip the host created is
/// still readable at the end, and no driver ever holds two jobs at once.
/// </summary>
public sealed class TripLedger(RunStats stats)
{
    private readonly ConcurrentDictionary<string, TrackedTrip> _trips = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _jobByDriver = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _earlyOffers = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _violations = new();

    public IReadOnlyCollection<TrackedTrip> Trips => (IReadOnlyCollection<TrackedTrip>)_trips.Values;

    public IReadOnlyCollection<string> Violations => _violations;

    public void Violation(string what) => _violations.Enqueue(what);

    /// <summary>The host answered 201/200 with this id: from now on it must never be lost.</summary>
    public void Created(string tripId, Session rider, long requestSentAt)
    {
        var trip = _trips.GetOrAdd(tripId, id => new TrackedTrip(id, rider, requestSentAt));
        if (_earlyOffers.TryRemove(tripId, out var offeredAt))
        {
            trip.FirstOfferAt(offeredAt, stats);
        }
    }

    /// <summary>A driver saw an offer (the hub or a poll); the first one per trip times request→offer.</summary>
    public void OfferSeen(string tripId, long at)
    {
        if (_trips.TryGetValue(tripId, out var trip))
        {
            trip.FirstOfferAt(at, stats);
        }
        else
        {
            // The offer beat the POST's answer back to the rider.
            _earlyOffers.TryAdd(tripId, at);
        }
    }

    public void Observed(string tripId, string status)
    {
        if (_trips.TryGetValue(tripId, out var trip))
        {
            trip.LastStatus = status;
        }
    }

    /// <summary>The host accepted this driver on a trip: it must not hold another open one.</summary>
    public void JobStarted(string driverId, string tripId)
    {
        var previous = _jobByDriver.AddOrUpdate(driverId, tripId, (_, current) => current);
        if (previous != tripId)
        {
            Violation($"driver {driverId} was accepted on trip {tripId} while still on trip {previous}");
            _jobByDriver[driverId] = tripId;
        }
    }

    public void JobEnded(string driverId, string tripId) =>
        _jobByDriver.TryRemove(new KeyValuePair<string, string>(driverId, tripId));

    public IReadOnlyDictionary<string, int> ByStatus() =>
        _trips.Values.GroupBy(t => t.LastStatus).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}

public sealed class TrackedTrip(string tripId, Session rider, long requestSentAt)
{
    private int _offered;

    public string TripId { get; } = tripId;

    public Session Rider { get; } = rider;

    public string LastStatus { get; set; } = "requested";

    public void FirstOfferAt(long at, RunStats stats)
    {
        if (Interlocked.Exchange(ref _offered, 1) == 0)
        {
            stats.RequestToOffer.Record(Math.Max(0, Stopwatch.GetElapsedTime(requestSentAt, at).TotalMilliseconds));
        }
    }
}
