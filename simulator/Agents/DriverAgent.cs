using System.Diagnostics;
using System.Text.Json;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Cli;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// A driver: wanders the city at city speeds, sends batched pings, answers offers (accept with the configured probability
/// after a short human delay), drives to the pickup and the drop-off, and completes. One tick a second at most.
/// </summary>
public sealed partial class DriverAgent(Person person, Session session, AgentContext ctx, LiveConnection? live)
{
    private const double MaxSpeedMps = 25;
    private static readonly TimeSpan TripCheckInterval = TimeSpan.FromSeconds(10);

    private readonly Random _random = ctx.RandomFor(person.Index);
    private readonly List<PingBody> _fixes = [];
    private readonly HashSet<string> _seenOffers = new(StringComparer.Ordinal);
    private GeoPoint _position = person.Start;
    private double _heading;
    private double _speed;
    private DateTimeOffset _lastFixAt = DateTimeOffset.MinValue;
    private Job? _job;
    private (Offer Offer, DateTimeOffset DecideAt, bool Accept)? _pending;

    public string UserId => session.UserId;

    /// <summary>A courier takes order offers (and nothing else: the host offers it no trips).</summary>
    private bool IsCourier => person.Kind == PersonKind.Courier;

    public async Task Run(CancellationToken stop)
    {
        _heading = _random.NextDouble() * 360;
        var options = ctx.Options;
        var tick = options.PingInterval < TimeSpan.FromSeconds(1) ? options.PingInterval : TimeSpan.FromSeconds(1);
        var now = DateTimeOffset.UtcNow;
        var nextPing = now + options.PingInterval * _random.NextDouble();
        var nextPoll = now + options.PollInterval * _random.NextDouble();
        var lastMove = now;
        var online = IsCourier ? "gauge:couriers online" : "gauge:drivers online";
        ctx.Stats.Increment(online);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await WaitForEventOrTick(tick, stop);
                now = DateTimeOffset.UtcNow;
                await session.EnsureFresh(stop);
                Move((now - lastMove).TotalSeconds);
                lastMove = now;
                if (now - _lastFixAt >= TimeSpan.FromSeconds(1))
                {
                    Fix(now);
                }

                if (now >= nextPing)
                {
                    nextPing = now + await SendPings(now, stop);
                }

                await HandleEvents(stop);
                if ((live is null || !live.Connected) && now >= nextPoll)
                {
                    nextPoll = now + options.PollInterval;
                    await PollOffers(stop);
                }

                await Decide(now, stop);
                await Progress(now, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            ctx.Stats.Increment(online, -1);
        }

        await Finish();
    }

    private async Task WaitForEventOrTick(TimeSpan tick, CancellationToken stop)
    {
        if (live is null)
        {
            await Task.Delay(tick, stop);
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
        timeout.CancelAfter(tick);
        try
        {
            await live.Events.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Heading drifts, speed eases toward a city pace; on a job the driver heads for the target.</summary>
    private void Move(double seconds)
    {
        seconds = Math.Clamp(seconds, 0, 5);
        if (_job is { Phase: JobPhase.ToPickup or JobPhase.ToDropoff } job)
        {
            _speed = Math.Min(MaxSpeedMps, job.SpeedMps);
            var target = job.Phase == JobPhase.ToPickup ? job.Pickup : job.Dropoff;
            _heading = Geo.Bearing(_position, target);
            var next = Geo.Toward(_position, target, _speed * seconds);
            job.TravelledM += Geo.DistanceM(_position, next);
            _position = next;
            return;
        }

        if (_job is not null)
        {
            _speed = 0;
            return;
        }

        _heading = (_heading + Normal() * 20 * seconds + 360) % 360;
        _speed = Math.Clamp(_speed + Normal() * 1.5 * seconds, 0, 14);
        var moved = Geo.Move(_position, _heading, _speed * seconds);
        if (!person.City.Contains(moved) || Geo.DistanceM(moved, person.City.Centre) > 8_000)
        {
            // Turn back toward the centre rather than leave the city.
            _heading = Geo.Bearing(_position, person.City.Centre);
            moved = Geo.Move(_position, _heading, _speed * seconds);
        }

        _position = person.City.Clamp(moved);
    }

    private void Fix(DateTimeOffset now)
    {
        _lastFixAt = now;
        _fixes.Add(new PingBody(_position.Lat, _position.Lng, now, Math.Round(_heading, 1), Math.Round(_speed, 2), 5 + _random.Next(10)));
        if (_fixes.Count > 20)
        {
            _fixes.RemoveRange(0, _fixes.Count - 20);
        }
    }

    /// <summary>Sends the fixes since the last batch; answers the delay until the next one (Retry-After on 429).</summary>
    private async Task<TimeSpan> SendPings(DateTimeOffset now, CancellationToken stop)
    {
        if (_fixes.Count == 0)
        {
            // Pinging faster than once a second (overload): repeat the current position, stamped now.
            _fixes.Add(new PingBody(_position.Lat, _position.Lng, now, Math.Round(_heading, 1), Math.Round(_speed, 2), 8));
        }

        var result = await session.Send<LocationsAccepted>(
            "POST /drivers/me/locations", HttpMethod.Post, "/api/v1/drivers/me/locations", new LocationsBody([.. _fixes]), stop);
        if (result.RetryAfter is { } retryAfter)
        {
            ctx.Stats.Increment("pings throttled (429)", _fixes.Count);
            return retryAfter > ctx.Options.PingInterval ? retryAfter : ctx.Options.PingInterval;
        }

        if (result.Value is { } accepted)
        {
            ctx.Stats.Increment("pings accepted", accepted.Accepted);
            foreach (var rejected in accepted.Rejected)
            {
                ctx.Stats.Increment($"pings rejected: {rejected.Reason}");
            }
        }

        _fixes.Clear();
        return ctx.Options.PingInterval;
    }

    private async Task HandleEvents(CancellationToken stop)
    {
        if (live is null)
        {
            return;
        }

        while (live.Events.TryRead(out var e))
        {
            if (e.Name == "offer")
            {
                await OnOffer(e.Payload.Deserialize<Offer>(Wire.Json)!, e.ReceivedAt, stop);
            }
            else if (e.Name == "tripUpdated" && _job is { } job
                && e.Payload.TryGetProperty("tripId", out var id) && id.GetString() == job.TripId
                && e.Payload.TryGetProperty("status", out var status))
            {
                OnTripStatus(job, status.GetString()!);
            }
            else if (e.Name == "orderUpdated" && _job is { IsOrder: true } order
                && e.Payload.TryGetProperty("orderId", out var orderId) && orderId.GetString() == order.TripId
                && e.Payload.TryGetProperty("status", out var orderStatus))
            {
                order.Ready |= e.Payload.TryGetProperty("ready", out var ready) && ready.ValueKind == JsonValueKind.True;
                OnOrderStatus(order, orderStatus.GetString()!);
            }
        }
    }

    private async Task PollOffers(CancellationToken stop)
    {
        var offers = await session.Send<List<Offer>>("GET /drivers/me/offers", HttpMethod.Get, "/api/v1/drivers/me/offers", null, stop);
        foreach (var offer in offers.Value ?? [])
        {
            await OnOffer(offer, Stopwatch.GetTimestamp(), stop);
        }
    }

    private async Task OnOffer(Offer offer, long receivedAt, CancellationToken stop)
    {
        if (!_seenOffers.Add(offer.Id + "@" + offer.ExpiresAt.ToUnixTimeMilliseconds()))
        {
            return;
        }

        ctx.Stats.Increment("offers received");
        var isOrder = offer.Kind == "order";
        if (!(offer.Kind == "trip" || (isOrder && IsCourier)))
        {
            // Not a job this partner takes (a driver offered an order, or a kind the simulator does not know): let it expire.
            ctx.Stats.Increment($"offers ignored ({offer.Kind} to a {person.Kind.ToString().ToLowerInvariant()})");
            return;
        }

        if (isOrder)
        {
            ctx.Stats.Increment("order offers received");
        }
        else
        {
            ctx.Ledger.OfferSeen(offer.Id, receivedAt);
        }

        if (_job is { } busy && busy.TripId != offer.Id)
        {
            await ProbeBusyOffer(offer, busy, stop);
            return;
        }

        if (_pending is null && _job is null)
        {
            var delay = ctx.Options.AcceptDelay * (0.1 + 0.9 * _random.NextDouble());
            _pending = (offer, DateTimeOffset.UtcNow + delay, _random.NextDouble() < ctx.Options.AcceptProbability);
        }
    }

    /// <summary>
    /// The host offered a job to a driver already on one. Accepting must be refused (409); if the host takes it, that
    /// is a driver with two jobs (R33).
    /// </summary>
    private async Task ProbeBusyOffer(Offer offer, Job busy, CancellationToken stop)
    {
        ctx.Stats.Increment("offers to a busy driver");
        if (offer.Kind == "order")
        {
            var taken = await session.Send<OrderView>("POST /orders/{id}/courier-accept", HttpMethod.Post, $"/api/v1/orders/{offer.Id}/courier-accept", null, stop, AgentContext.Races);
            if (taken.Ok)
            {
                ctx.Orders.Violation($"courier {UserId} was accepted on order {offer.Id} while on {(busy.IsOrder ? "order" : "trip")} {busy.TripId}");
            }

            return;
        }

        var accepted = await session.Send<TripView>("POST /trips/{id}/accept", HttpMethod.Post, $"/api/v1/trips/{offer.Id}/accept", null, stop, AgentContext.Races);
        if (accepted.Ok)
        {
            ctx.Ledger.Violation($"driver {UserId} was accepted on trip {offer.Id} while on trip {busy.TripId}");
            await session.Send<TripView>("POST /trips/{id}/cancel", HttpMethod.Post, $"/api/v1/trips/{offer.Id}/cancel", new CancelBody("already on a trip"), stop, AgentContext.Races);
        }
    }

    private double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        return Math.Clamp(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * _random.NextDouble()), -3, 3);
    }
}
