using System.Collections.Concurrent;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;

namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// The end-of-run checks for deliveries, as <see cref="TripAudit"/> does for trips: every order the host created is
/// readable by its customer, in a known status; no courier's assigned-to-ended intervals overlap (from the orders' own
/// timelines); no courier accept succeeded while the courier held another open job.
/// </summary>
public sealed class OrderAudit(AgentContext ctx)
{
    public async Task<WorkloadReport> Run(CancellationToken ct)
    {
        var lost = new ConcurrentBag<string>();
        var unknown = new ConcurrentBag<string>();
        var finals = new ConcurrentBag<OrderView>();
        await Parallel.ForEachAsync(ctx.Orders.Orders, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (order, token) =>
        {
            var view = await order.Customer.Send<OrderView>("GET /orders/{id} (final)", HttpMethod.Get, $"/api/v1/orders/{order.OrderId}", null, token);
            if (view.Value is not { } v)
            {
                lost.Add($"{order.OrderId} ({view.Status})");
                return;
            }

            ctx.Orders.Observed(order.OrderId, v.Status);
            finals.Add(v);
            if (!Wire.OrderStatuses.Contains(v.Status))
            {
                unknown.Add($"{order.OrderId}: {v.Status}");
            }
        });

        var overlaps = Overlaps(finals);
        var statuses = finals.GroupBy(v => v.Status).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var open = finals.Count(v => !Wire.IsOrderTerminal(v.Status));
        var seen = ctx.Orders.Violations.ToList();
        IReadOnlyList<InvariantCheck> checks =
        [
            new("no order lost", lost.IsEmpty,
                lost.IsEmpty ? $"all {finals.Count} orders created by the host read back by their customer (GET /api/v1/orders/{{id}}); {open} still open at the end" : $"{lost.Count} not readable: {string.Join(", ", lost.Take(10))}"),
            new("every order in a known status", unknown.IsEmpty, unknown.IsEmpty ? "all statuses are in OrderStatus" : string.Join(", ", unknown.Take(10))),
            new("no courier in two active jobs (timelines)", overlaps.Count == 0,
                overlaps.Count == 0 ? $"no overlap between any courier's assigned→ended intervals ({finals.Count(v => v.Courier is not null)} orders with a courier)" : string.Join("; ", overlaps.Take(10))),
            new("no courier in two active jobs (live)", seen.Count == 0,
                seen.Count == 0 ? "no courier accept succeeded while the courier held another open order" : string.Join("; ", seen.Take(10))),
        ];
        return new WorkloadReport("deliveries", true, null, statuses, checks);
    }

    private static List<string> Overlaps(IEnumerable<OrderView> orders)
    {
        var intervals = orders
            .Where(o => o.Courier is not null)
            .Select(o => (o.OrderId, Courier: o.Courier!.CourierId,
                From: o.Timeline.FirstOrDefault(e => e.Status == "courierAssigned")?.At,
                To: o.Timeline.LastOrDefault(e => Wire.IsOrderTerminal(e.Status))?.At ?? DateTimeOffset.MaxValue))
            .Where(i => i.From is not null);
        var found = new List<string>();
        foreach (var byCourier in intervals.GroupBy(i => i.Courier))
        {
            var sorted = byCourier.OrderBy(i => i.From).ToList();
            for (var i = 1; i < sorted.Count; i++)
            {
                if (sorted[i].From < sorted[i - 1].To)
                {
                    found.Add($"courier {byCourier.Key}: order {sorted[i].OrderId} assigned at {sorted[i].From:O} while {sorted[i - 1].OrderId} was open until {sorted[i - 1].To:O}");
                }
            }
        }

        return found;
    }
}
