using System.Diagnostics;
using Akka.Actor;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Upjunoo.Application;
using Upjunoo.Application.Drivers;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;
using Upjunoo.Domain.Trips;
using Upjunoo.Infrastructure;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Bench;

/// <summary>
/// Dispatch with the real actors, journal and region index in one process (SQLite, or PostgreSQL with
/// <c>--postgres "connection string"</c>): <c>--drivers</c> online drivers in one city, trips requested at
/// <c>--rate</c> per second for <c>--seconds</c>. Request → first offer is read from each trip's own timeline.
/// With <c>--complete</c>, drivers accept and finish at once: completed rides per second end to end.
/// </summary>
internal static class DispatchBench
{
    public static async Task Run(BenchOptions options, string[] args)
    {
        var rate = Option(args, "--rate", 100);
        var complete = args.Contains("--complete");
        var postgres = Value(args, "--postgres");
        var data = Path.Combine(Path.GetTempPath(), "upjunoo-bench-" + Guid.NewGuid().ToString("N"));
        using var host = Host(data, postgres);
        await host.StartAsync();
        var sp = host.Services;
        var drivers = sp.GetRequiredService<DriverGateway>();
        var trips = sp.GetRequiredService<TripGateway>();
        var ingest = sp.GetRequiredService<ILocationIngest>();
        var count = options.Drivers;
        var random = new Random(7);
        var card = new DriverCard("Bench", new PublicVehicle("Toyota", "Yaris", "white"), 4.7, ["standard"], PartnerKind.Driver);
        var ids = Enumerable.Range(0, count).Select(i => $"bench-driver-{i}").ToArray();
        var setup = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (id, ct) =>
        {
            await drivers.Send(id, new DriverCommand.GoOnline(DateTimeOffset.UtcNow), ct);
        });
        foreach (var id in ids)
        {
            var position = new GeoPoint(5.33 + (random.NextDouble() - 0.5) * 0.1, -4.02 + (random.NextDouble() - 0.5) * 0.1);
            while (ingest.Offer(id, card, [new LocationPing(position, DateTimeOffset.UtcNow, null, null, 5)]).IsFull)
            {
                await Task.Delay(5);
            }
        }

        Console.WriteLine($"{count:N0} drivers online and indexed in {setup.Elapsed.TotalSeconds:F1} s; {rate} requests/s for {Seconds(options)} s{(complete ? ", drivers complete at once" : "")}");
        await Task.Delay(2000);
        var eventsBefore = await JournalRows(sp);
        var tripIds = new List<string>();
        var run = Stopwatch.StartNew();
        var sent = 0;
        var completions = complete ? new List<Task>() : null;
        while (run.Elapsed.TotalSeconds < Seconds(options))
        {
            var due = (int)(run.Elapsed.TotalSeconds * rate);
            for (; sent < due; sent++)
            {
                var tripId = $"bench-trip-{sent}";
                tripIds.Add(tripId);
                var pickup = new GeoPoint(5.33 + (random.NextDouble() - 0.5) * 0.08, -4.02 + (random.NextDouble() - 0.5) * 0.08);
                var request = trips.Send(tripId, new TripCommand.Request(
                    tripId, $"bench-rider-{sent}", "Rider", CountryCode.CI, new Place(pickup, null), new Place(new GeoPoint(pickup.Lat + 0.02, pickup.Lng), null),
                    ServiceType.Standard, PaymentMethod.Cash, null, new Money(1500, "XOF"), DateTimeOffset.UtcNow), CancellationToken.None);
                completions?.Add(request.ContinueWith(_ => Drive(trips, drivers, tripId)).Unwrap());
            }

            await Task.Delay(5);
        }

        var elapsed = run.Elapsed;
        if (completions is not null)
        {
            await Task.WhenAll(completions);
        }

        var total = run.Elapsed;
        await Task.Delay(1000);
        var eventsAfter = await JournalRows(sp);
        var latencies = new List<double>();
        var offered = 0;
        var completed = 0;
        foreach (var chunk in tripIds.Chunk(200))
        {
            var states = await Task.WhenAll(chunk.Select(id => trips.Get(id, CancellationToken.None)));
            foreach (var state in states)
            {
                if (state.Attempts.FirstOrDefault() is { } first)
                {
                    offered++;
                    latencies.Add((first.OfferedAt - state.Timeline[0].At).TotalMilliseconds * 1000);
                }

                completed += state.Status == TripStatus.Completed ? 1 : 0;
            }
        }

        Console.WriteLine($"trips requested: {tripIds.Count:N0} in {elapsed.TotalSeconds:F1} s ({tripIds.Count / elapsed.TotalSeconds:F0}/s); offered: {offered:N0}");
        Console.WriteLine($"request → first offer: {Measure.Percentiles(latencies)}");
        if (complete)
        {
            Console.WriteLine($"completed rides: {completed:N0} in {total.TotalSeconds:F1} s = {completed / total.TotalSeconds:F0} rides/s end to end");
        }

        Console.WriteLine($"journal: {eventsAfter - eventsBefore:N0} events in {total.TotalSeconds:F1} s = {(eventsAfter - eventsBefore) / total.TotalSeconds:F0} events/s");
        await host.StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }

    /// <summary>A driver app that accepts whatever it is offered and finishes at once.</summary>
    private static async Task Drive(TripGateway trips, DriverGateway drivers, string tripId)
    {
        for (var i = 0; i < 200; i++)
        {
            var state = await trips.Get(tripId, CancellationToken.None);
            if (state.PendingOffer is { } offer)
            {
                var driver = offer.DriverId;
                if ((await drivers.Send(driver, new DriverCommand.AcceptOffer(tripId, DateTimeOffset.UtcNow), CancellationToken.None)).Rejection is null)
                {
                    var by = Party.Driver(driver);
                    await trips.Send(tripId, new TripCommand.DriverAccepted(driver, "Bench", new Vehicle("Toyota", "Yaris", "B-1", "white"), by, DateTimeOffset.UtcNow), CancellationToken.None);
                    await trips.Send(tripId, new TripCommand.DriverArrived(by, DateTimeOffset.UtcNow), CancellationToken.None);
                    await trips.Send(tripId, new TripCommand.Start(by, DateTimeOffset.UtcNow), CancellationToken.None);
                    await trips.Send(tripId, new TripCommand.Complete(3000, 600, by, DateTimeOffset.UtcNow), CancellationToken.None);
                    return;
                }
            }

            if (state.Status is TripStatus.NoDriverFound or TripStatus.Cancelled or TripStatus.Completed)
            {
                return;
            }

            await Task.Delay(20);
        }
    }

    private static IHost Host(string data, string? postgres)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Upjunoo:DataDirectory"] = data,
            ["Cluster:Port"] = "0",
            ["Persistence:Provider"] = postgres is null ? "sqlite" : "postgres",
            ["Persistence:ConnectionString"] = postgres,
        };
        return new HostBuilder()
            .ConfigureAppConfiguration(c => c.AddInMemoryCollection(settings))
            .ConfigureLogging(l => l.AddConsole().SetMinimumLevel(LogLevel.Warning))
            .ConfigureServices(services => services
                .AddUpjunooApplication()
                .AddUpjunooInfrastructure(isDevelopment: true)
                .AddSingleton<Infrastructure.Metrics.UpjunooMetrics>()
                .AddSingleton<ILiveUpdates, NoLiveUpdates>())
            .Build();
    }

    private static async Task<long> JournalRows(IServiceProvider sp)
    {
        await using var connection = sp.GetRequiredService<DatabaseSetup>().CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM journal";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int Seconds(BenchOptions options) => options.Seconds > 0 ? options.Seconds : 60;

    private static int Option(string[] args, string flag, int fallback) =>
        Value(args, flag) is { } v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string flag)
    {
        var i = Array.IndexOf(args, flag);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private sealed class NoLiveUpdates : ILiveUpdates
    {
        public Task Offer(string driverId, OfferView offer) => Task.CompletedTask;

        public Task TripUpdated(IReadOnlyList<string> accountIds, object tripView) => Task.CompletedTask;

        public Task DriverPosition(string accountId, string jobId, GeoPoint position, double? heading, DateTimeOffset at) => Task.CompletedTask;

        public Task OrderUpdated(IReadOnlyList<string> accountIds, object orderView) => Task.CompletedTask;
    }
}
