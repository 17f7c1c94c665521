using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// A rider: when the request clock gives it a turn, looks at nearby drivers (sometimes picks one), requests a ride with an
/// Idempotency-Key, follows it (hub <c>tripUpdated</c>, with a poll as fallback), sometimes cancels, then fetches the
/// receipt and rates.
/// </summary>
public sealed class RiderAgent(Person person, Session session, AgentContext ctx, LiveConnection? live)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(3);
    private readonly Random _random = ctx.RandomFor(1_000_000 + person.Index);

    /// <summary>Takes ride turns until <paramref name="requests"/> completes; a ride under way is followed until <paramref name="stop"/>.</summary>
    public async Task Run(ChannelReader<int> turns, CancellationToken stop)
    {
        try
        {
            while (await turns.WaitToReadAsync(stop))
            {
                if (turns.TryRead(out _))
                {
                    await session.EnsureFresh(stop);
                    await Ride(stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    private async Task Ride(CancellationToken stop)
    {
        var city = person.City;
        var pickup = city.Clamp(Geo.Offset(city.Centre, Normal() * 2_000, Normal() * 2_000));
        var dropoff = city.Clamp(Geo.Move(pickup, _random.NextDouble() * 360, 800 + _random.NextDouble() * 2_200));
        var service = _random.NextDouble() < 0.85 ? "standard" : "comfort";
        string? chosen = null;
        if (_random.NextDouble() < 0.5)
        {
            var nearby = await session.Send<NearbyDrivers>("GET /drivers/nearby", HttpMethod.Get,
                string.Create(CultureInfo.InvariantCulture, $"/api/v1/drivers/nearby?lat={pickup.Lat:F6}&lng={pickup.Lng:F6}&radiusM=3000&service={service}&limit=10"), null, stop);
            if (nearby.Value is { Drivers.Count: > 0 } list && _random.NextDouble() < ctx.Options.ChooseDriverProbability)
            {
                chosen = list.Drivers[_random.Next(Math.Min(5, list.Drivers.Count))].DriverId;
                ctx.Stats.Increment("rides with a chosen driver");
            }
        }

        var body = new RequestTripBody(
            new PlaceBody(pickup.Lat, pickup.Lng, $"{city.Name} pickup"), new PlaceBody(dropoff.Lat, dropoff.Lng, $"{city.Name} drop-off"),
            service, new PaymentBody("cash"), chosen);
        var key = Guid.NewGuid().ToString("N");
        var sentAt = Stopwatch.GetTimestamp();
        var created = await session.Send<TripCreated>("POST /trips", HttpMethod.Post, "/api/v1/trips", body, stop,
            configure: r => r.Headers.Add("Idempotency-Key", key));
        if (created.Status == 0)
        {
            // No answer (timeout, reset): the same key must give back the same trip, never a second one.
            created = await session.Send<TripCreated>("POST /trips", HttpMethod.Post, "/api/v1/trips", body, stop,
                configure: r => r.Headers.Add("Idempotency-Key", key));
        }

        if (created.Value is not { } trip)
        {
            return;
        }

        ctx.Stats.Increment("rides requested");
        ctx.Ledger.Created(trip.TripId, session, sentAt);
        await Follow(trip.TripId, stop);
    }

    private async Task Follow(string tripId, CancellationToken stop)
    {
        DateTimeOffset? cancelAt = _random.NextDouble() < ctx.Options.CancelProbability
            ? DateTimeOffset.UtcNow.AddSeconds(3 + _random.NextDouble() * 27)
            : null;
        ctx.Stats.Increment("gauge:riders on a trip");
        try
        {
            while (true)
            {
                if (stop.IsCancellationRequested)
                {
                    await CancelAtEnd(tripId);
                    return;
                }

                var view = await session.Send<TripView>("GET /trips/{id}", HttpMethod.Get, $"/api/v1/trips/{tripId}", null, stop);
                if (view.Value is { } v)
                {
                    ctx.Ledger.Observed(tripId, v.Status);
                    if (Wire.IsTerminal(v.Status))
                    {
                        await AfterEnd(v, stop);
                        return;
                    }

                    if (v.AwaitingRiderChoice)
                    {
                        // The chosen driver could not come: let the host pick.
                        await session.Send<TripView>("POST /trips/{id}/choose-driver", HttpMethod.Post, $"/api/v1/trips/{tripId}/choose-driver",
                            new ChooseDriverBody(null), stop, AgentContext.Conflict);
                    }

                    if (cancelAt is { } at && DateTimeOffset.UtcNow >= at && v.Status != "inProgress")
                    {
                        cancelAt = null;
                        var cancelled = await session.Send<TripView>("POST /trips/{id}/cancel", HttpMethod.Post, $"/api/v1/trips/{tripId}/cancel",
                            new CancelBody("Changed my plans"), stop, AgentContext.Conflict);
                        if (cancelled.Value is { } c)
                        {
                            ctx.Stats.Increment("rides cancelled by riders");
                            ctx.Ledger.Observed(tripId, c.Status);
                            return;
                        }
                    }
                }

                await WaitForUpdate(tripId, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await CancelAtEnd(tripId);
        }
        finally
        {
            ctx.Stats.Increment("gauge:riders on a trip", -1);
        }
    }

    private async Task WaitForUpdate(string tripId, CancellationToken stop)
    {
        var deadline = DateTimeOffset.UtcNow + PollInterval;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (live is null)
            {
                await Task.Delay(PollInterval, stop);
                return;
            }

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
                if (e.Name == "tripUpdated" && e.Payload.TryGetProperty("tripId", out var id) && id.GetString() == tripId)
                {
                    return;
                }
            }
        }
    }

    private async Task AfterEnd(TripView trip, CancellationToken stop)
    {
        ctx.Stats.Increment($"rides ended: {trip.Status}");
        if (trip.Status != "completed")
        {
            return;
        }

        if (_random.NextDouble() < 0.9)
        {
            await session.Send<JsonElement>("GET /trips/{id}/receipt", HttpMethod.Get, $"/api/v1/trips/{trip.TripId}/receipt", null, stop);
        }

        if (_random.NextDouble() < 0.7)
        {
            await session.Send<TripView>("POST /trips/{id}/rating", HttpMethod.Post, $"/api/v1/trips/{trip.TripId}/rating",
                new RatingBody(2 + _random.Next(4), _random.NextDouble() < 0.3 ? "Merci !" : null), stop, AgentContext.Conflict);
        }
    }

    /// <summary>The run is over: a trip not yet under way is cancelled so it ends in a known state.</summary>
    private async Task CancelAtEnd(string tripId)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            var cancelled = await session.Send<TripView>("POST /trips/{id}/cancel", HttpMethod.Post, $"/api/v1/trips/{tripId}/cancel",
                new CancelBody("Simulation over"), grace.Token, AgentContext.Conflict);
            if (cancelled.Value is { } c)
            {
                ctx.Stats.Increment("rides cancelled at the end of the run");
                ctx.Ledger.Observed(tripId, c.Status);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        return Math.Clamp(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * _random.NextDouble()), -3, 3);
    }
}
