using System.Globalization;
using Faker = Bogus.Faker;
using Randomizer = Bogus.Randomizer;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// A store owner: gets the store role, opens a store open all day with a Bogus catalogue priced in the city's currency,
/// then accepts incoming orders after a short delay (a few are refused) and marks them ready a little later. Learns of
/// orders from the hub (<c>orderUpdated</c>) and, as a fallback, from <c>GET /me/orders</c>.
/// </summary>
public sealed class StoreAgent(Person person, Session session, AgentContext ctx, LiveConnection? live)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly IReadOnlySet<int> AlreadyStore = new HashSet<int> { 409 };
    private static readonly string[] Days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    private readonly Random _random = ctx.RandomFor(2_000_000 + person.Index);
    private readonly Dictionary<string, (string Step, DateTimeOffset DueAt)> _orders = new(StringComparer.Ordinal);

    public string? StoreId { get; private set; }

    public GeoPoint Position => person.Start;

    public City City => person.City;

    /// <summary>Store role (auto-approved in Development), a fresh token carrying it, the store, its catalogue.</summary>
    public async Task<bool> Open(CancellationToken ct)
    {
        var profile = await session.Send<Unit>("POST /me/store-profile", HttpMethod.Post, "/api/v1/me/store-profile", null, ct, AlreadyStore);
        if (!profile.Ok && profile.Status != 409)
        {
            return false;
        }

        if (!await session.Refresh(ct) || !session.Roles.Contains("store"))
        {
            ctx.Stats.Error("store sign-in: the store role was not granted (auto-approval is Development only)");
            return false;
        }

        var faker = new Faker(person.City.Locale) { Random = new Randomizer(unchecked(ctx.Options.Seed * 7_919 + person.Index)) };
        var name = $"{(person.City.Language == "fr" ? "Chez" : "")} {person.FirstName} {faker.PickRandom("Market", "Shop", "Express", "Épicerie", "Boutique", "Alimentation")}".Trim();
        var hours = Days.Select(d => new OpeningSpan(d, "00:00", "00:00")).ToList();
        var created = await session.Send<StoreCreated>("POST /stores", HttpMethod.Post, "/api/v1/stores",
            new OpenStoreBody(name, faker.Address.StreetAddress(), new PlaceBody(Position.Lat, Position.Lng, null), hours, 4_000 + _random.Next(5) * 1_000), ct);
        if (created.Value is not { } store)
        {
            return false;
        }

        var catalog = await session.Send<CatalogView>("PUT /stores/{id}/catalog", HttpMethod.Put, $"/api/v1/stores/{store.StoreId}/catalog", Catalogue(faker), ct);
        if (!catalog.Ok)
        {
            return false;
        }

        StoreId = store.StoreId;
        return true;
    }

    /// <summary>5 to 15 products; XOF has no minor unit (whole francs), CDF and CAD prices are in cents.</summary>
    private CatalogBody Catalogue(Faker faker)
    {
        var count = 5 + _random.Next(11);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var products = new List<ProductBody>();
        for (var i = 0; names.Count < count && i < count * 5; i++)
        {
            var product = faker.Commerce.ProductName();
            if (product.Length > 120 || !names.Add(product))
            {
                continue;
            }

            var price = person.City.Country switch
            {
                "CI" => new Money(100 + _random.Next(200) * 25, "XOF"),
                "CD" => new Money((500 + _random.Next(300) * 100) * 100L, "CDF"),
                _ => new Money(99 + _random.Next(60) * 50, "CAD"),
            };
            var category = faker.Commerce.Department(1);
            products.Add(new ProductBody($"p-{products.Count + 1}", product, price, _random.NextDouble() < 0.95, category.Length > 60 ? null : category));
        }

        // At least one product can always be ordered.
        products[0] = products[0] with { Available = true };
        return new CatalogBody(products);
    }

    public async Task Run(CancellationToken stop)
    {
        var nextPoll = DateTimeOffset.UtcNow + PollInterval * _random.NextDouble();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Wait(stop);
                var now = DateTimeOffset.UtcNow;
                await session.EnsureFresh(stop);
                while (live?.Events.TryRead(out var e) == true)
                {
                    if (e.Name == "orderUpdated" && e.Payload.TryGetProperty("orderId", out var id) && e.Payload.TryGetProperty("status", out var status))
                    {
                        var ready = e.Payload.TryGetProperty("ready", out var r) && r.ValueKind == System.Text.Json.JsonValueKind.True;
                        Seen(id.GetString()!, status.GetString()!, ready, now);
                    }
                }

                if (now >= nextPoll)
                {
                    nextPoll = now + PollInterval;
                    var history = await session.Send<OrderHistory>("GET /me/orders", HttpMethod.Get, "/api/v1/me/orders?limit=50", null, stop);
                    foreach (var item in history.Value?.Items ?? [])
                    {
                        if (item.Role == "store")
                        {
                            Seen(item.OrderId, item.Status, false, now);
                        }
                    }
                }

                await Act(now, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task Wait(CancellationToken stop)
    {
        using var tick = CancellationTokenSource.CreateLinkedTokenSource(stop);
        tick.CancelAfter(TimeSpan.FromMilliseconds(500));
        try
        {
            if (live is null)
            {
                await Task.Delay(Timeout.Infinite, tick.Token);
            }
            else
            {
                await live.Events.WaitToReadAsync(tick.Token);
            }
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>What the store has to do next for an order it learnt about: accept it, then get the goods ready.</summary>
    private void Seen(string orderId, string status, bool ready, DateTimeOffset now)
    {
        var step = status switch
        {
            "placed" => "accept",
            "acceptedByStore" or "courierAssigned" when !ready => "ready",
            _ => "done",
        };
        if (_orders.TryGetValue(orderId, out var known) && (known.Step == step || known.Step == "done" || (known.Step == "ready" && step == "accept")))
        {
            return;
        }

        var delay = step == "accept" ? 1 + _random.NextDouble() * 2 : 3 + _random.NextDouble() * 7;
        _orders[orderId] = (step, now.AddSeconds(delay));
    }

    private async Task Act(DateTimeOffset now, CancellationToken stop)
    {
        foreach (var (orderId, (step, _)) in _orders.Where(kv => kv.Value.Step != "done" && kv.Value.DueAt <= now).ToList())
        {
            if (step == "accept")
            {
                var reject = _random.NextDouble() < 0.03;
                var answer = reject
                    ? await session.Send<OrderView>("POST /orders/{id}/reject", HttpMethod.Post, $"/api/v1/orders/{orderId}/reject", new CancelBody("Rupture de stock"), stop, AgentContext.Conflict)
                    : await session.Send<OrderView>("POST /orders/{id}/accept", HttpMethod.Post, $"/api/v1/orders/{orderId}/accept", null, stop, AgentContext.Conflict);
                ctx.Stats.Increment(reject ? "orders rejected by stores" : "orders accepted by stores");
                _orders[orderId] = answer.Value is { Status: "acceptedByStore" or "courierAssigned" } v && !v.Ready
                    ? ("ready", now.AddSeconds(3 + _random.NextDouble() * 7))
                    : ("done", now);
                if (answer.Value is { } view)
                {
                    ctx.Orders.Observed(orderId, view.Status);
                }
            }
            else
            {
                var answer = await session.Send<OrderView>("POST /orders/{id}/ready", HttpMethod.Post, $"/api/v1/orders/{orderId}/ready", null, stop, AgentContext.Conflict);
                ctx.Stats.Increment("orders made ready by stores");
                _orders[orderId] = ("done", now);
                if (answer.Value is { } view)
                {
                    ctx.Orders.Observed(orderId, view.Status);
                }
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"store {StoreId} of {person.Name}");
}
