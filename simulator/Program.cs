using Spectre.Console.Cli;
using Upjunoo.Simulator.Cli;

// The fleet simulator (R27): drives a running host over HTTP and the SignalR hub only.
var app = new CommandApp<RunCommand>();
app.Configure(c => c
    .SetApplicationName("dotnet run --project simulator --")
    .AddExample("--scenario", "rides", "--drivers", "200", "--riders", "100", "--duration", "5m", "--target", "http://127.0.0.1:5000", "--seed", "42")
    .AddExample("--scenario", "overload", "--drivers", "2000", "--ping-interval", "100ms", "--duration", "1m"));
return await app.RunAsync(args);
