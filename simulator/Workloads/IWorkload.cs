namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// One kind of traffic (rides today, deliveries next): signs its agents in, runs them, and checks at the end what the
/// host kept. A new kind of agent is a new workload added in <see cref="Scenario"/>; the runner does not change.
/// </summary>
public interface IWorkload
{
    string Name { get; }

    /// <summary>Whether the target serves this workload's API (checked in <see cref="Prepare"/>).</summary>
    bool Available { get; }

    /// <summary>Signs agents in; partners start moving and pinging at once and keep going until <paramref name="stop"/>.</summary>
    Task Prepare(CancellationToken stop);

    /// <summary>Customer traffic until <paramref name="requestsStop"/>; what is under way finishes until <paramref name="stop"/>.</summary>
    Task Run(CancellationToken requestsStop, CancellationToken stop);

    /// <summary>True when nothing this workload started is still under way (the drain can end early).</summary>
    bool Idle { get; }

    Task<WorkloadReport> Verify(CancellationToken ct);
}

public sealed record InvariantCheck(string Name, bool Passed, string Detail);

public sealed record WorkloadReport(
    string Name, bool Available, string? Note, IReadOnlyDictionary<string, int> FinalStatuses, IReadOnlyList<InvariantCheck> Checks);
