namespace Upjunoo.Simulator.Cli;

public enum ScenarioKind
{
    Rides,
    Deliveries,
    Mixed,
    Overload,
    Soak,
}

public enum OfferChannel
{
    Hub,
    Poll,
}

/// <summary>The run's configuration, parsed and validated (it is written into the report as is).</summary>
public sealed record SimulationOptions
{
    public ScenarioKind Scenario { get; init; } = ScenarioKind.Rides;
    public int Drivers { get; init; } = 50;
    public int Couriers { get; init; }
    public int Riders { get; init; } = 30;
    public int Stores { get; init; }
    public int Customers { get; init; }
    public double OrderRate { get; init; }
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(60);
    public Uri Target { get; init; } = new("http://127.0.0.1:5000");
    public int Seed { get; init; } = 42;
    public TimeSpan PingInterval { get; init; } = TimeSpan.FromSeconds(4);
    public double AcceptProbability { get; init; } = 0.9;
    public TimeSpan AcceptDelay { get; init; } = TimeSpan.FromSeconds(2);
    public double RequestRate { get; init; }
    public double CancelProbability { get; init; } = 0.1;
    public double ChooseDriverProbability { get; init; } = 0.15;
    public OfferChannel Offers { get; init; } = OfferChannel.Hub;
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);
    public int Connections { get; init; } = 256;
    public int SetupConcurrency { get; init; } = 32;
    public string? ReportPath { get; init; } = "out/report.json";
    public string? PlotPath { get; init; } = "out/report.png";
    public double MaxErrorRate { get; init; } = 0.01;
    public bool Plain { get; init; }

    /// <summary>Ride requests per second for the whole population; by default each rider asks about every 20 s.</summary>
    public double EffectiveRequestRate => RequestRate > 0 ? RequestRate : Math.Max(0.1, Riders / 20.0);

    /// <summary>Orders per second for the whole population; by default each customer orders about every 30 s.</summary>
    public double EffectiveOrderRate => OrderRate > 0 ? OrderRate : Math.Max(0.1, Customers / 30.0);
}
