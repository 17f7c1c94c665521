using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Agents;

/// <summary>What every agent shares: the options, the client, the counters, the ledger, a seeded random source.</summary>
public sealed class AgentContext(SimulationOptions options, HostClient client, TripLedger ledger)
{
    public SimulationOptions Options { get; } = options;

    public HostClient Client { get; } = client;

    public RunStats Stats => Client.Stats;

    public TripLedger Ledger { get; } = ledger;

    public OrderLedger Orders { get; } = new();

    /// <summary>Each agent's own random stream, derived from the seed, so a run's decisions are repeatable per agent.</summary>
    public Random RandomFor(int index) => new(unchecked(Options.Seed * 1_000_003 + index));

    public static readonly IReadOnlySet<int> Races = new HashSet<int> { 404, 409 };

    public static readonly IReadOnlySet<int> Conflict = new HashSet<int> { 409 };
}
