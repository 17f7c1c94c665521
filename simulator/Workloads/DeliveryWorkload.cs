using System.Collections.Concurrent;
using System.Threading.Channels;
using Upjunoo.Simulator.Agents;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// Deliveries: store owners open stores, couriers (the driver agent with the courier role) go online near them, customers
/// order at the order rate; then the same checks as for trips on what the host kept. The workload first looks for the
/// delivery API on the target (<c>GET /api/v1/stores</c> answers 404 without it) and reports so instead of failing.
/// </summary>
public sealed class DeliveryWorkload(AgentContext ctx, IReadOnlyList<Person> owners, IReadOnlyList<Person> couriers, IReadOnlyList<Person> customers) : IWorkload
{
    private static readonly IReadOnlySet<int> Probe = new HashSet<int> { 401, 403, 404, 405 };
    private readonly ConcurrentBag<Task> _partnerLoops = [];
    private readonly ConcurrentBag<StoreAgent> _stores = [];
    private readonly ConcurrentBag<CustomerAgent> _customers = [];
    private readonly ConcurrentBag<LiveConnection> _connections = [];
    private string _note = "not probed";
    private Session? _searcher;

    public string Name => "deliveries";

    public bool Available { get; private set; }

    public bool Idle => !Available || ctx.Orders.Open == 0;

    public async Task Prepare(CancellationToken stop)
    {
        var probe = await ctx.Client.Send<Unit>("GET /stores (probe)", HttpMethod.Get, "/api/v1/stores?lat=5.3364&lng=-4.0267&radiusM=1000", null, null, stop, Probe);
        Available = probe.Status is not (404 or 405 or 0);
        if (!Available)
        {
            _note = "delivery API not available on target (GET /api/v1/stores answered 404): no delivery traffic was sent";
            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ctx.Options.SetupConcurrency, CancellationToken = stop };
        await Parallel.ForEachAsync(owners, parallel, async (person, ct) =>
        {
            var session = await SignIn.Person(ctx.Client, person, ct);
            if (session is null)
            {
                ctx.Stats.Increment("store owners that could not sign in");
                return;
            }

            var store = new StoreAgent(person, session, ctx, await Connect(session, ct));
            if (!await store.Open(ct))
            {
                ctx.Stats.Increment("stores that could not open");
                return;
            }

            ctx.Stats.Increment("stores opened");
            _stores.Add(store);
            _partnerLoops.Add(Task.Run(() => store.Run(stop), CancellationToken.None));
        });

        // Couriers wait near the stores of their city, as they do around busy shops.
        var byCity = _stores.Where(s => s.StoreId is not null).OrderBy(s => s.StoreId, StringComparer.Ordinal).GroupBy(s => s.City.Name)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        await Parallel.ForEachAsync(couriers, parallel, async (person, ct) =>
        {
            if (byCity.TryGetValue(person.City.Name, out var near))
            {
                var random = ctx.RandomFor(4_000_000 + person.Index);
                var at = near[random.Next(near.Count)].Position;
                person = person with { Start = person.City.Clamp(Geo.Offset(at, (random.NextDouble() - 0.5) * 1_000, (random.NextDouble() - 0.5) * 1_000)) };
            }

            var session = await SignIn.Partner(ctx.Client, person, ct);
            if (session is null)
            {
                ctx.Stats.Increment("couriers that could not sign in");
                return;
            }

            var live = await Connect(session, ct);
            ctx.Stats.Increment("couriers signed in");
            var agent = new DriverAgent(person, session, ctx, live);
            _partnerLoops.Add(Task.Run(() => agent.Run(stop), CancellationToken.None));
        });
        await Parallel.ForEachAsync(customers, parallel, async (person, ct) =>
        {
            var session = await SignIn.Person(ctx.Client, person, ct);
            if (session is null)
            {
                ctx.Stats.Increment("customers that could not sign in");
                return;
            }

            _searcher ??= session;
            _customers.Add(new CustomerAgent(person, session, ctx, await Connect(session, ct)));
        });
        await StoresListed(stop);
        _note = $"{_stores.Count} stores opened, {ctx.Stats.Counter("couriers signed in")} couriers online, {_customers.Count} customers, {ctx.Options.EffectiveOrderRate:0.##} orders/s";
    }

    /// <summary>The store search is a read model: wait (a little) until the stores opened are listed.</summary>
    private async Task StoresListed(CancellationToken stop)
    {
        var store = _stores.FirstOrDefault();
        if (_searcher is not { } customer || store is null)
        {
            return;
        }

        for (var i = 0; i < 20; i++)
        {
            var found = await customer.Send<StoresView>("GET /stores", HttpMethod.Get,
                FormattableString.Invariant($"/api/v1/stores?lat={store.Position.Lat:F6}&lng={store.Position.Lng:F6}&radiusM=1000"), null, stop);
            if (found.Value?.Stores.Any(s => s.StoreId == store.StoreId) == true)
            {
                return;
            }

            await Task.Delay(250, stop);
        }
    }

    public async Task Run(CancellationToken requestsStop, CancellationToken stop)
    {
        var rate = ctx.Options.EffectiveOrderRate;
        var turns = Channel.CreateBounded<int>(new BoundedChannelOptions(Math.Max(1, (int)rate)) { FullMode = BoundedChannelFullMode.Wait });
        var clock = _stores.IsEmpty
            ? Task.CompletedTask
            : RequestClock.Run(rate, turns.Writer, ctx.Stats, requestsStop, "order turns dropped (no idle customer)");
        if (_stores.IsEmpty)
        {
            turns.Writer.TryComplete();
        }

        var customers = _customers.Select(c => Task.Run(() => c.Run(turns.Reader, stop), CancellationToken.None)).ToList();
        await clock;
        await Task.WhenAll(customers);
        await Task.WhenAll(_partnerLoops);
        await Task.WhenAll(_connections.Select(c => c.DisposeAsync().AsTask()));
    }

    public async Task<WorkloadReport> Verify(CancellationToken ct)
    {
        if (!Available)
        {
            return new WorkloadReport(Name, false, _note, new Dictionary<string, int>(), []);
        }

        var report = await new OrderAudit(ctx).Run(ct);
        var setup = new InvariantCheck("delivery agents ready", !_stores.IsEmpty && (couriers.Count == 0 || ctx.Stats.Counter("couriers signed in") > 0),
            $"{_stores.Count} of {owners.Count} stores opened, {ctx.Stats.Counter("couriers signed in")} of {couriers.Count} couriers online, {_customers.Count} of {customers.Count} customers signed in");
        return report with { Note = _note, Checks = [setup, .. report.Checks] };
    }

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
