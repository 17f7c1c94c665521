using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Upjunoo.Simulator.Cli;

/// <summary>The command line. Durations read <c>250ms</c>, <c>4s</c>, <c>5m</c>, <c>1h</c>.</summary>
public sealed class RunSettings : CommandSettings
{
    [CommandOption("--scenario <NAME>")]
    [Description("rides | deliveries | mixed | overload | soak")]
    [DefaultValue("rides")]
    public string Scenario { get; set; } = "rides";

    [CommandOption("--drivers <N>")]
    [Description("Drivers to sign in and put online (default 50)")]
    public int? Drivers { get; set; }

    [CommandOption("--riders <N>")]
    [Description("Riders (default 30)")]
    public int? Riders { get; set; }

    [CommandOption("--couriers <N>")]
    [Description("Couriers for deliveries and mixed (default drivers/4, deliveries drivers/2 with drivers defaulting to 50; at least 4)")]
    public int? Couriers { get; set; }

    [CommandOption("--stores <N>")]
    [Description("Store owners, each opening one store (default couriers/5, 4 to 40)")]
    public int? Stores { get; set; }

    [CommandOption("--customers <N>")]
    [Description("Customers who order goods (default riders/2, deliveries riders with riders defaulting to 30; at least 4)")]
    public int? Customers { get; set; }

    [CommandOption("--order-rate <PER_SECOND>")]
    [Description("Orders per second for the whole population (default customers/30)")]
    public double? OrderRate { get; set; }

    [CommandOption("--duration <TIME>")]
    [Description("How long riders keep requesting, after sign-in (default 1m; soak 30m)")]
    public string? Duration { get; set; }

    [CommandOption("--drain <TIME>")]
    [Description("After the duration, how long rides under way may finish before the rest is cancelled (default 60s)")]
    [DefaultValue("60s")]
    public string Drain { get; set; } = "60s";

    [CommandOption("--target <URL>")]
    [Description("The running host (default http://127.0.0.1:5000)")]
    [DefaultValue("http://127.0.0.1:5000")]
    public string Target { get; set; } = "http://127.0.0.1:5000";

    [CommandOption("--seed <N>")]
    [Description("Seed of the population and of every agent's choices (default 42)")]
    [DefaultValue(42)]
    public int Seed { get; set; } = 42;

    [CommandOption("--ping-interval <TIME>")]
    [Description("Time between a driver's location batches (default 4s; overload 100ms)")]
    public string? PingInterval { get; set; }

    [CommandOption("--accept-probability <P>")]
    [Description("Probability that a driver accepts an offer (default 0.9)")]
    [DefaultValue(0.9)]
    public double AcceptProbability { get; set; } = 0.9;

    [CommandOption("--accept-delay <TIME>")]
    [Description("Longest time a driver takes to answer an offer (default 2s)")]
    [DefaultValue("2s")]
    public string AcceptDelay { get; set; } = "2s";

    [CommandOption("--request-rate <PER_SECOND>")]
    [Description("Ride requests per second for the whole population (default riders/20)")]
    public double? RequestRate { get; set; }

    [CommandOption("--cancel-probability <P>")]
    [Description("Probability that a rider cancels before the ride starts (default 0.1)")]
    [DefaultValue(0.1)]
    public double CancelProbability { get; set; } = 0.1;

    [CommandOption("--choose-driver-probability <P>")]
    [Description("Probability that a rider who looked at nearby drivers picks one (default 0.15)")]
    [DefaultValue(0.15)]
    public double ChooseDriverProbability { get; set; } = 0.15;

    [CommandOption("--offers <MODE>")]
    [Description("hub (SignalR /hubs/live, default) or poll (GET /drivers/me/offers)")]
    [DefaultValue("hub")]
    public string Offers { get; set; } = "hub";

    [CommandOption("--poll-interval <TIME>")]
    [Description("Offer polling interval when --offers poll or the hub is down (default 2s)")]
    [DefaultValue("2s")]
    public string PollInterval { get; set; } = "2s";

    [CommandOption("--connections <N>")]
    [Description("Most HTTP connections to the host (default 256)")]
    [DefaultValue(256)]
    public int Connections { get; set; } = 256;

    [CommandOption("--setup-concurrency <N>")]
    [Description("Sign-ins in parallel (default 32)")]
    [DefaultValue(32)]
    public int SetupConcurrency { get; set; } = 32;

    [CommandOption("--report <PATH>")]
    [Description("JSON report (default out/report.json; empty for none)")]
    [DefaultValue("out/report.json")]
    public string Report { get; set; } = "out/report.json";

    [CommandOption("--plot <PATH>")]
    [Description("PNG plot of latency and throughput (default out/report.png; empty for none)")]
    [DefaultValue("out/report.png")]
    public string Plot { get; set; } = "out/report.png";

    [CommandOption("--max-error-rate <RATIO>")]
    [Description("Fail above this share of failed requests; 429s are not errors (default 0.01)")]
    [DefaultValue(0.01)]
    public double MaxErrorRate { get; set; } = 0.01;

    [CommandOption("--plain")]
    [Description("Plain progress lines every 5 s even on a terminal (automatic when output is redirected)")]
    public bool Plain { get; set; }

    public override ValidationResult Validate()
    {
        if (!Enum.TryParse<ScenarioKind>(Scenario, ignoreCase: true, out _))
        {
            return ValidationResult.Error($"--scenario must be rides, deliveries, mixed, overload or soak, not '{Scenario}'.");
        }

        if (!Enum.TryParse<OfferChannel>(Offers, ignoreCase: true, out _))
        {
            return ValidationResult.Error("--offers must be hub or poll.");
        }

        foreach (var (name, value) in new[] { ("--duration", Duration), ("--drain", Drain), ("--ping-interval", PingInterval), ("--accept-delay", AcceptDelay), ("--poll-interval", PollInterval) })
        {
            if (value is not null && !Durations.TryParse(value, out _))
            {
                return ValidationResult.Error($"{name}: '{value}' is not a duration (e.g. 250ms, 4s, 5m, 1h).");
            }
        }

        if (!Uri.TryCreate(Target, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return ValidationResult.Error($"--target must be an http(s) URL, not '{Target}'.");
        }

        if (Drivers < 0 || Riders < 0 || Couriers < 0 || Stores < 0 || Customers < 0 || Connections < 1 || SetupConcurrency < 1 || RequestRate < 0 || OrderRate < 0)
        {
            return ValidationResult.Error("Counts and rates cannot be negative.");
        }

        if (AcceptProbability is < 0 or > 1 || CancelProbability is < 0 or > 1 || ChooseDriverProbability is < 0 or > 1 || MaxErrorRate is < 0 or > 1)
        {
            return ValidationResult.Error("Probabilities and --max-error-rate are between 0 and 1.");
        }

        if (PingInterval is not null && Durations.Parse(PingInterval) < TimeSpan.FromMilliseconds(10))
        {
            return ValidationResult.Error("--ping-interval is at least 10ms.");
        }

        return ValidationResult.Success();
    }

    public SimulationOptions ToOptions()
    {
        var scenario = Enum.Parse<ScenarioKind>(Scenario, ignoreCase: true);
        var deliveriesOnly = scenario == ScenarioKind.Deliveries;
        var couriers = Couriers ?? Math.Max(4, (Drivers ?? 50) / (deliveriesOnly ? 2 : 4));
        return new SimulationOptions
        {
            Couriers = couriers,
            Stores = Stores ?? Math.Clamp(couriers / 5, 4, 40),
            Customers = Customers ?? Math.Max(4, (Riders ?? 30) / (deliveriesOnly ? 1 : 2)),
            OrderRate = OrderRate ?? 0,
            Scenario = scenario,
            Drivers = Drivers ?? (scenario == ScenarioKind.Deliveries ? 0 : 50),
            Riders = Riders ?? (scenario == ScenarioKind.Deliveries ? 0 : scenario == ScenarioKind.Overload ? 5 : 30),
            Duration = Durations.Parse(Duration ?? (scenario == ScenarioKind.Soak ? "30m" : "1m")),
            Drain = Durations.Parse(Drain),
            Target = new Uri(Target),
            Seed = Seed,
            PingInterval = Durations.Parse(PingInterval ?? (scenario == ScenarioKind.Overload ? "100ms" : "4s")),
            AcceptProbability = AcceptProbability,
            AcceptDelay = Durations.Parse(AcceptDelay),
            RequestRate = RequestRate ?? 0,
            CancelProbability = CancelProbability,
            ChooseDriverProbability = ChooseDriverProbability,
            Offers = Enum.Parse<OfferChannel>(Offers, ignoreCase: true),
            PollInterval = Durations.Parse(PollInterval),
            Connections = Connections,
            SetupConcurrency = SetupConcurrency,
            ReportPath = Report,
            PlotPath = Plot,
            MaxErrorRate = MaxErrorRate,
            Plain = Plain,
        };
    }
}
