using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;

namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// Deliveries (stores, orders, couriers). The delivery API is being built in parallel: this workload looks for it on the
/// target (<c>GET /api/v1/stores</c> answers 404 when it is missing) and reports so instead of failing. When it lands,
/// store, customer and courier agents go here, beside <see cref="RideWorkload"/>, and nothing else changes.
/// </summary>
public sealed class DeliveryWorkload(AgentContext ctx) : IWorkload
{
    private static readonly IReadOnlySet<int> Probe = new HashSet<int> { 401, 403, 404, 405 };
    private string _note = "not probed";

    public string Name => "deliveries";

    public bool Available { get; private set; }

    public bool Idle => true;

    public async Task Prepare(CancellationToken stop)
    {
        var probe = await ctx.Client.Send<Unit>("GET /stores (probe)", HttpMethod.Get, "/api/v1/stores?lat=5.3364&lng=-4.0267&radiusM=1000", null, null, stop, Probe);
        Available = probe.Status is not (404 or 405 or 0);
        _note = Available
            ? $"delivery API present on target (GET /api/v1/stores answered {probe.Status}); delivery agents are not written yet, no delivery traffic was sent"
            : "delivery API not available on target (GET /api/v1/stores answered 404): no delivery traffic was sent";
    }

    public Task Run(CancellationToken requestsStop, CancellationToken stop) => Task.CompletedTask;

    public Task<WorkloadReport> Verify(CancellationToken ct) =>
        Task.FromResult(new WorkloadReport(Name, Available, _note, new Dictionary<string, int>(), []));
}
