using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Upjunoo.Cluster.Tests;

/// <summary>
/// R24, R28, R33: three nodes on one PostgreSQL; trips in flight spread over the nodes; one node is killed with
/// SIGKILL; every acknowledged trip is still there and carries on from the survivors; no driver ends up in two active
/// trips; the killed node restarts and is Up again.
/// </summary>
[Trait("Category", "Postgres")]
public sealed class FailoverSpec(ITestOutputHelper output) : IDisposable
{
    private const string AdminPhone = "+2250788888888";
    private readonly List<NodeProcess> _nodes = [];
    private readonly string _data = Path.Combine(Path.GetTempPath(), "upjunoo-cluster-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        foreach (var node in _nodes)
        {
            var logFile = Path.Combine(Path.GetTempPath(), $"upjunoo-cluster-{node.Name}.log");
            File.WriteAllText(logFile, node.Log);
            output.WriteLine($"----- {node.Name}: log in {logFile}; tail:");
            output.WriteLine(node.Log[^Math.Min(node.Log.Length, 2000)..]);
            node.Dispose();
        }

        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("UPJUNOO_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("The cluster test needs UPJUNOO_TEST_POSTGRES (./build.sh test starts a throwaway PostgreSQL).");

    private NodeProcess Node(int index, int akkaPort, string seeds, Dictionary<string, string> shared)
    {
        var environment = new Dictionary<string, string>(shared)
        {
            ["Upjunoo__DataDirectory"] = Path.Combine(_data, $"node{index}"),
        };
        environment["Cluster__SeedNodes"] = seeds;
        return new NodeProcess($"node{index}", akkaPort, environment);
    }

    [Fact]
    public async Task Killing_a_node_loses_no_acknowledged_trip_and_the_node_rejoins()
    {
        var ports = new[] { NodeProcess.FreePort(), NodeProcess.FreePort(), NodeProcess.FreePort() };
        var seeds = string.Join(',', ports.Take(2).Select(p => $"akka.tcp://upjunoo@127.0.0.1:{p}"));
        var shared = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Persistence__Provider"] = "postgres",
            ["Persistence__ConnectionString"] = ConnectionString,
            ["Cluster__Hostname"] = "127.0.0.1",
            ["Upjunoo__Admins"] = AdminPhone,
            ["Upjunoo__Keys__Jwt"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Upjunoo__Keys__Login"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Upjunoo__Keys__Master"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Dispatch__OfferTimeout"] = "00:00:20",
            ["Dispatch__MaxAttempts"] = "1",
            ["Dispatch__RadiusStepsM"] = "1000",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Akka"] = "Warning",
        };
        for (var i = 0; i < 3; i++)
        {
            _nodes.Add(Node(i, ports[i], seeds, shared));
            _nodes[i].Start();
        }

        await Task.WhenAll(_nodes.Select(n => n.WaitReady(TimeSpan.FromSeconds(60))));
        var admin = await NodeApi.SignIn(_nodes[0], "Ops Admin", AdminPhone);
        var formed = await NodeApi.Until(() => admin.Request(HttpMethod.Get, "/ops/cluster"), [_nodes[0]],
            c => c!["members"]!.AsArray().Count(m => m!["status"]!.GetValue<string>() == "Up") == 3, TimeSpan.FromSeconds(60));
        Assert.True(formed.Response.IsSuccessStatusCode, formed.Body?.ToJsonString());

        // Six far-apart spots, one driver and one rider each, talking to different nodes: each trip can only find its own driver.
        var spots = Enumerable.Range(0, 6).Select(i => (Lat: 5.20 + i * 0.1, Lng: -4.20 + i * 0.1)).ToArray();
        var drivers = new ApiUser[6];
        var trips = new (ApiUser Rider, string TripId)[6];
        for (var i = 0; i < 6; i++)
        {
            var node = _nodes[i % 3];
            drivers[i] = await NodeApi.OnlineDriver(node, $"Driver{i} Cluster", spots[i].Lat, spots[i].Lng);
        }

        for (var i = 0; i < 6; i++)
        {
            var node = _nodes[(i + 1) % 3];
            var rider = await NodeApi.SignIn(node, $"Rider{i} Cluster");
            var created = await NodeApi.Until(() => rider.Request(HttpMethod.Post, "/api/v1/trips", new
            {
                pickup = new { lat = spots[i].Lat, lng = spots[i].Lng },
                dropoff = new { lat = spots[i].Lat + 0.02, lng = spots[i].Lng + 0.02 },
                service = "standard",
                paymentMethod = new { kind = "cash" },
            }), [node], b => b?["tripId"] is not null, TimeSpan.FromSeconds(20));
            trips[i] = (rider, created.Body!["tripId"]!.GetValue<string>());
        }

        // Every driver gets their offer; drivers 0–2 accept (trips assigned), 3–5 let it hang (offer pending).
        for (var i = 0; i < 6; i++)
        {
            var driver = drivers[i];
            var offered = await NodeApi.Until(() => driver.Request(HttpMethod.Get, "/api/v1/drivers/me/offers"), [.. _nodes],
                o => o!.AsArray().Count > 0, TimeSpan.FromSeconds(30));
            Assert.Equal(trips[i].TripId, offered.Body!.AsArray()[0]!["id"]!.GetValue<string>());
            if (i < 3)
            {
                var accepted = await NodeApi.Until(() => driver.Request(HttpMethod.Post, $"/api/v1/trips/{trips[i].TripId}/accept"), [.. _nodes],
                    _ => true, TimeSpan.FromSeconds(20));
                Assert.True(accepted.Response.IsSuccessStatusCode, accepted.Body?.ToJsonString());
            }
        }

        // An operator watches the live ops page of a node that will survive.
        await using var ops = await OpsPage.SignIn(_nodes[1], AdminPhone);
        var threeUp = await ops.ShowsMembersUp(3, "ops-three-nodes.png", TimeSpan.FromSeconds(30));

        // Kill the oldest node: it also hosts the shard coordinators and the projection singleton.
        var victim = _nodes[0];
        var survivors = _nodes.Skip(1).ToArray();
        var killedAt = Stopwatch.StartNew();
        victim.Kill();

        var answered = await Task.WhenAll(trips.Select(t => NodeApi.Until(
            () => t.Rider.Request(HttpMethod.Get, $"/api/v1/trips/{t.TripId}"), survivors, b => b?["tripId"] is not null, TimeSpan.FromSeconds(45))));
        var allAnsweredAfter = killedAt.Elapsed;
        output.WriteLine($"every trip answered from the survivors {allAnsweredAfter.TotalSeconds:F1} s after kill -9");
        Assert.All(answered, a => Assert.True(a.Response.IsSuccessStatusCode, a.Body?.ToJsonString()));

        var twoUp = await ops.ShowsMembersUp(2, "ops-two-nodes-after-kill.png", TimeSpan.FromSeconds(45));
        output.WriteLine($"ops page screenshots: {threeUp}, {twoUp}");

        // The assigned trips carry on to completion through the survivors.
        for (var i = 0; i < 3; i++)
        {
            var driver = drivers[i];
            foreach (var step in new[] { "arrived", "start", "complete" })
            {
                var done = await NodeApi.Until(() => driver.Request(HttpMethod.Post, $"/api/v1/trips/{trips[i].TripId}/{step}"), survivors,
                    _ => true, TimeSpan.FromSeconds(30));
                Assert.True(done.Response.IsSuccessStatusCode, $"{step}: {done.Body?.ToJsonString()}");
            }
        }

        // The pending offers expire on the survivors by their own timers (re-armed after the trips moved).
        var ended = await Task.WhenAll(trips.Select(t => NodeApi.Until(
            () => t.Rider.Request(HttpMethod.Get, $"/api/v1/trips/{t.TripId}"), survivors,
            b => b?["status"]?.GetValue<string>() is "completed" or "noDriverFound", TimeSpan.FromSeconds(60))));
        Assert.Equal(["completed", "completed", "completed", "noDriverFound", "noDriverFound", "noDriverFound"],
            ended.Select(e => e.Body!["status"]!.GetValue<string>()));

        // No driver in two active trips: each driver's assignments never overlap.
        foreach (var byDriver in ended.Select(e => e.Body!).Where(t => t["driver"] is not null).GroupBy(t => t["driver"]!["driverId"]!.GetValue<string>()))
        {
            Assert.Single(byDriver);
        }

        // The killed node comes back on the same address and is Up again.
        var rejoined = Node(0, ports[0], seeds, shared);
        _nodes[0] = rejoined;
        rejoined.Start();
        await rejoined.WaitReady(TimeSpan.FromSeconds(90));
        var cluster = await NodeApi.Until(() => admin.Request(HttpMethod.Get, "/ops/cluster"), survivors,
            c => c!["members"]!.AsArray().Count(m => m!["status"]!.GetValue<string>() == "Up") == 3 && c["unreachable"]!.AsArray().Count == 0,
            TimeSpan.FromSeconds(60));
        Assert.Contains(cluster.Body!["members"]!.AsArray(), m => m!["address"]!.GetValue<string>() == victim.Address && m["status"]!.GetValue<string>() == "Up");
        output.WriteLine($"failover: trips answered {allAnsweredAfter.TotalSeconds:F1} s after kill; rejoin Up");
    }
}
