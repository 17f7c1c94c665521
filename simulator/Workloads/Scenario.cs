using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Workloads;

/// <summary>Which workloads a scenario runs, and how it judges the run beyond the common checks.</summary>
public static class Scenario
{
    public static string Describe(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Rides => "drivers and riders: request, offer, accept, drive, complete, rate, receipt",
        ScenarioKind.Deliveries => "store owners, couriers and customers: order, store accept, courier offer, pickup, deliver with a photo (reports when the delivery API is not on the target)",
        ScenarioKind.Mixed => "rides plus deliveries when the target serves them",
        ScenarioKind.Overload => "drivers ping far faster than the interval to provoke 429s: the host must answer 429 quickly, never 5xx",
        ScenarioKind.Soak => "long, steady ride traffic (flat latency, no leak, no lost trip)",
        _ => kind.ToString(),
    };

    public static IReadOnlyList<IWorkload> Workloads(SimulationOptions options, AgentContext ctx)
    {
        var population = new PopulationFactory(options.Seed);
        var rides = options.Scenario is ScenarioKind.Rides or ScenarioKind.Mixed or ScenarioKind.Overload or ScenarioKind.Soak;
        var deliveries = options.Scenario is ScenarioKind.Deliveries or ScenarioKind.Mixed;
        var workloads = new List<IWorkload>();
        if (rides)
        {
            var drivers = population.Create(PersonKind.Driver, options.Drivers);
            var riders = population.Create(PersonKind.Rider, options.Riders);
            workloads.Add(new RideWorkload(ctx, drivers, riders));
        }

        if (deliveries)
        {
            var owners = population.Create(PersonKind.StoreOwner, options.Stores);
            var couriers = population.Create(PersonKind.Courier, options.Couriers);
            var customers = population.Create(PersonKind.Customer, options.Customers);
            workloads.Add(new DeliveryWorkload(ctx, owners, couriers, customers));
        }

        return workloads;
    }

    /// <summary>Overload: the scenario only passes if the 429s came back fast (they are backpressure, not errors).</summary>
    public static IEnumerable<InvariantCheck> Checks(SimulationOptions options, Metrics.RunStats stats)
    {
        if (options.Scenario != ScenarioKind.Overload)
        {
            yield break;
        }

        var throttled = stats.Throttled.Summary();
        yield return throttled.Count == 0
            ? new InvariantCheck("overload answered with 429", true, "the host absorbed every ping at this load: no 429 was provoked (raise --drivers or lower --ping-interval)")
            : new InvariantCheck("overload answered with 429 quickly", throttled.P99Ms <= 1000,
                $"{throttled.Count} × 429, p50 {throttled.P50Ms} ms, p99 {throttled.P99Ms} ms, max {throttled.MaxMs} ms (limit p99 ≤ 1000 ms)");
    }
}
