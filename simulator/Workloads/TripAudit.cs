using System.Collections.Concurrent;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;

namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// The end-of-run checks (R33) from what the host answers: every trip it created is still readable, in a known status;
/// no driver's assigned-to-ended intervals overlap (from the trips' own timelines); nothing the agents saw broke the rules.
/// </summary>
public sealed class TripAudit(AgentContext ctx)
{
    public async Task<WorkloadReport> Run(CancellationToken ct)
    {
        var lost = new ConcurrentBag<string>();
        var unknown = new ConcurrentBag<string>();
        var finals = new ConcurrentBag<TripView>();
        await Parallel.ForEachAsync(ctx.Ledger.Trips, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (trip, token) =>
        {
            var view = await trip.Rider.Send<TripView>("GET /trips/{id} (final)", HttpMethod.Get, $"/api/v1/trips/{trip.TripId}", null, token);
            if (view.Value is not { } v)
            {
                lost.Add($"{trip.TripId} ({view.Status})");
                return;
            }

            ctx.Ledger.Observed(trip.TripId, v.Status);
            finals.Add(v);
            if (!Wire.TripStatuses.Contains(v.Status))
            {
                unknown.Add($"{trip.TripId}: {v.Status}");
            }
        });

        var overlaps = Overlaps(finals);
        var statuses = finals.GroupBy(v => v.Status).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var open = finals.Count(v => !Wire.IsTerminal(v.Status));
        var seen = ctx.Ledger.Violations.ToList();
        IReadOnlyList<InvariantCheck> checks =
        [
            new("no trip lost", lost.IsEmpty,
                lost.IsEmpty ? $"all {finals.Count} trips created by the host read back (GET /api/v1/trips/{{id}}); {open} still open at the end" : $"{lost.Count} not readable: {string.Join(", ", lost.Take(10))}"),
            new("every trip in a known status", unknown.IsEmpty, unknown.IsEmpty ? "all statuses are in API.md" : string.Join(", ", unknown.Take(10))),
            new("no driver in two active trips (timelines)", overlaps.Count == 0,
                overlaps.Count == 0 ? $"no overlap between any driver's assigned→ended intervals ({finals.Count(v => v.Driver is not null)} trips with a driver)" : string.Join("; ", overlaps.Take(10))),
            new("no driver in two active trips (live)", seen.Count == 0,
                seen.Count == 0 ? $"no accept succeeded while the driver held another open trip ({ctx.Stats.Counter("offers to a busy driver")} offers reached a busy driver)" : string.Join("; ", seen.Take(10))),
        ];
        return new WorkloadReport("rides", true, null, statuses, checks);
    }

    private static List<string> Overlaps(IEnumerable<TripView> trips)
    {
        var intervals = trips
            .Where(t => t.Driver is not null)
            .Select(t => (t.TripId, Driver: t.Driver!.DriverId,
                From: t.Timeline.FirstOrDefault(e => e.Status == "driverAssigned")?.At,
                To: t.Timeline.LastOrDefault(e => Wire.IsTerminal(e.Status))?.At ?? DateTimeOffset.MaxValue))
            .Where(i => i.From is not null);
        var found = new List<string>();
        foreach (var byDriver in intervals.GroupBy(i => i.Driver))
        {
            var sorted = byDriver.OrderBy(i => i.From).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].From < sorted[i - 1].To)
                {
                    found.Add($"driver {byDriver.Key}: trip {sorted[i].TripId} assigned at {sorted[i].From:O} while {sorted[i - 1].TripId} was open until {sorted[i - 1].To:O}");
                }
            }
        }

        return found;
    }
}
