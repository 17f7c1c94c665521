using System.Globalization;
using System.Threading.Channels;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// A customer: when the order clock gives it a turn, looks for open stores near home, picks one whose delivery radius
/// covers the drop-off, orders 1 to 3 available products (sometimes with a comment), and follows the order (hub
/// <c>orderUpdated</c>, with a poll as fallback) until it ends. An order the store has not accepted yet when the run
/// ends is cancelled (the customer may cancel only until then).
/// </summary>
public sealed class CustomerAgent(Person person, Session session, AgentContext ctx, LiveConnection? live)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(3);
    private static readonly string[] Comments =
        ["Sonnez deux fois, merci", "Appelez-moi en arrivant", "Portail bleu, 2e étage", "Leave it at the door please", "Buzz 204", "Sans sachet plastique svp"];

    private readonly Random _random = ctx.RandomFor(3_000_000 + person.Index);

    public async Task Run(ChannelReader<int> turns, CancellationToken stop)
    {
        try
        {
            while (await turns.WaitToReadAsync(stop))
            {
                if (turns.TryRead(out _))
                {
                    await session.EnsureFresh(stop);
                    await Order(stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task Order(CancellationToken stop)
    {
        var home = person.City.Clamp(Geo.Offset(person.Start, (_random.NextDouble() - 0.5) * 200, (_random.NextDouble() - 0.5) * 200));
        var stores = await session.Send<StoresView>("GET /stores", HttpMethod.Get,
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/stores?lat={home.Lat:F6}&lng={home.Lng:F6}&radiusM=10000"), null, stop);
        // A small margin inside the radius: the host measures the distance its own way.
        var open = (stores.Value?.Stores ?? [])
            .Where(s => s.Open && Geo.DistanceM(home, new GeoPoint(s.Position.Lat, s.Position.Lng)) < s.DeliveryRadiusM - 100)
            .Take(3).ToList();
        if (open.Count == 0)
        {
            ctx.Stats.Increment("order turns without a store in reach");
            return;
        }

        var store = open[_random.Next(open.Count)];
        var catalog = await session.Send<CatalogView>("GET /stores/{id}/catalog", HttpMethod.Get, $"/api/v1/stores/{store.StoreId}/catalog", null, stop);
        var available = catalog.Value?.Products.Where(p => p.Available).ToList() ?? [];
        if (catalog.Value is not { Open: true } || available.Count == 0)
        {
            ctx.Stats.Increment("order turns without a product to buy");
            return;
        }

        var items = available.OrderBy(_ => _random.Next()).Take(1 + _random.Next(3))
            .Select(p => new OrderItemBody(p.ProductId, 1 + _random.Next(3))).ToList();
        var comment = _random.NextDouble() < 0.3 ? Comments[_random.Next(Comments.Length)] : null;
        var body = new PlaceOrderBody(store.StoreId, items, new PlaceBody(home.Lat, home.Lng, $"{person.City.Name}, chez {person.FirstName}"), comment, new PaymentBody("cash"));
        var created = await session.Send<OrderCreated>("POST /orders", HttpMethod.Post, "/api/v1/orders", body, stop);
        if (created.Value is not { } order)
        {
            return;
        }

        ctx.Stats.Increment("orders placed");
        ctx.Orders.Created(order.OrderId, session);
        await Follow(order.OrderId, stop);
    }

    private async Task Follow(string orderId, CancellationToken stop)
    {
        ctx.Stats.Increment("gauge:customers waiting for an order");
        var status = "placed";
        try
        {
            while (true)
            {
                if (stop.IsCancellationRequested)
                {
                    await CancelAtEnd(orderId, status);
                    return;
                }

                var view = await session.Send<OrderView>("GET /orders/{id}", HttpMethod.Get, $"/api/v1/orders/{orderId}", null, stop);
                if (view.Value is { } v)
                {
                    status = v.Status;
                    ctx.Orders.Observed(orderId, v.Status);
                    if (Wire.IsOrderTerminal(v.Status))
                    {
                        ctx.Stats.Increment($"orders ended: {v.Status}");
                        if (v is { Status: "delivered", HasProof: true } && _random.NextDouble() < 0.3)
                        {
                            await session.Send<Unit>("GET /orders/{id}/proof", HttpMethod.Get, $"/api/v1/orders/{orderId}/proof", null, stop);
                        }

                        return;
                    }
                }

                await WaitForUpdate(orderId, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await CancelAtEnd(orderId, status);
        }
        finally
        {
            ctx.Stats.Increment("gauge:customers waiting for an order", -1);
        }
    }

    private async Task WaitForUpdate(string orderId, CancellationToken stop)
    {
        if (live is null)
        {
            await Task.Delay(PollInterval, stop);
            return;
        }

        var deadline = DateTimeOffset.UtcNow + PollInterval;
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
            wait.CancelAfter(deadline - DateTimeOffset.UtcNow);
            try
            {
                await live.Events.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stop.IsCancellationRequested)
            {
                return;
            }

            while (live.Events.TryRead(out var e))
            {
                if (e.Name == "orderUpdated" && e.Payload.TryGetProperty("orderId", out var id) && id.GetString() == orderId)
                {
                    return;
                }
            }
        }
    }

    /// <summary>The run is over: an order the store has not accepted yet is cancelled so it ends in a known state.</summary>
    private async Task CancelAtEnd(string orderId, string lastSeen)
    {
        if (lastSeen != "placed")
        {
            return;
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var cancelled = await session.Send<OrderView>("POST /orders/{id}/cancel", HttpMethod.Post, $"/api/v1/orders/{orderId}/cancel",
                new CancelBody("Simulation over"), grace.Token, AgentContext.Races);
            if (cancelled.Value is { } c)
            {
                ctx.Stats.Increment("orders cancelled at the end of the run");
                ctx.Orders.Observed(orderId, c.Status);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
