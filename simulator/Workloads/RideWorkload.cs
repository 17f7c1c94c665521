using System.Collections.Concurrent;
using System.Threading.Channels;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Workloads;

/// <summary>Drivers and riders: the ride-hailing traffic, and the R33 checks on what the host kept.</summary>
public sealed class RideWorkload(AgentContext ctx, IReadOnlyList<Person> drivers, IReadOnlyList<Person> riders) : IWorkload
{
    private readonly ConcurrentBag<Task> _driverLoops = [];
    private readonly ConcurrentBag<RiderAgent> _riders = [];
    private readonly ConcurrentBag<LiveConnection> _connections = [];

    public string Name => "rides";

    public bool Available => true;

    public bool Idle => ctx.Stats.Counter("gauge:riders on a trip") <= 0;

    public async Task Prepare(CancellationToken stop)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ctx.Options.SetupConcurrency, CancellationToken = stop };
        await Parallel.ForEachAsync(drivers, parallel, async (person, ct) =>
        {
            var session = await SignIn.Partner(ctx.Client, person, ct);
            if (session is null)
            {
                ctx.Stats.Increment("drivers that could not sign in");
                return;
            }

            var live = await Connect(session, ct);
            ctx.Stats.Increment("drivers signed in");
            var agent = new DriverAgent(person, session, ctx, live);
            _driverLoops.Add(Task.Run(() => agent.Run(stop), CancellationToken.None));
        });
        await Parallel.ForEachAsync(riders, parallel, async (person, ct) =>
        {
            var session = await SignIn.Person(ctx.Client, person, ct);
            if (session is null)
            {
                ctx.Stats.Increment("riders that could not sign in");
                return;
            }

            _riders.Add(new RiderAgent(person, session, ctx, await Connect(session, ct)));
        });
    }

    public async Task Run(CancellationToken requestsStop, CancellationToken stop)
    {
        var turns = Channel.CreateBounded<int>(new BoundedChannelOptions(Math.Max(1, (int)ctx.Options.EffectiveRequestRate)) { FullMode = BoundedChannelFullMode.Wait });
        var clock = RequestClock.Run(ctx.Options.EffectiveRequestRate, turns.Writer, ctx.Stats, requestsStop);
        var riders = _riders.Select(r => Task.Run(() => r.Run(turns.Reader, stop), CancellationToken.None)).ToList();
        await clock;
        await Task.WhenAll(riders);
        await Task.WhenAll(_driverLoops);
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
    }

    public Task<WorkloadReport> Verify(CancellationToken ct) => new TripAudit(ctx).Run(ct);

    private async Task<LiveConnection?> Connect(Session session, CancellationToken ct)
    {
        if (ctx.Options.Offers != OfferChannel.Hub)
        {
            return null;
        }

        var live = new LiveConnection(ctx.Client.Target, session);
        try
        {
            await live.Start(ct);
            _connections.Add(live);
            ctx.Stats.Increment("gauge:hub connections");
            return live;
        }
        catch (Exception e) when (e is HttpRequestException or IOException or System.Net.WebSockets.WebSocketException or InvalidOperationException)
        {
            ctx.Stats.Error($"hub connect: {e.GetBaseException().Message.Split('\n')[0]}");
            await live.DisposeAsync();
            return null;
        }
    }
}
