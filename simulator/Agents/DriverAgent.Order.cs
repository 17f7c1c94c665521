using System.Net.Http.Headers;
using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

/// <summary>
/// A courier's order job (the same agent as a driver, other steps): accept the offer, ride to the store, wait there
/// until the store says the goods are ready, pick up, ride to the drop-off, deliver with a proof photo.
/// </summary>
public sealed partial class DriverAgent
{
    private static readonly TimeSpan WaitAtStoreCheck = TimeSpan.FromSeconds(2);

    private async Task DecideOrder(Offer offer, bool accept, CancellationToken stop)
    {
        if (!accept)
        {
            ctx.Stats.Increment("order offers declined");
            await session.Send<OrderView>("POST /orders/{id}/courier-decline", HttpMethod.Post, $"/api/v1/orders/{offer.Id}/courier-decline", null, stop, AgentContext.Races);
            return;
        }

        var accepted = await session.Send<OrderView>("POST /orders/{id}/courier-accept", HttpMethod.Post, $"/api/v1/orders/{offer.Id}/courier-accept", null, stop, AgentContext.Races);
        if (accepted.Value is not { } order)
        {
            ctx.Stats.Increment("order offers lost (accept refused)");
            return;
        }

        ctx.Stats.Increment("order offers accepted");
        ctx.Orders.JobStarted(UserId, order.OrderId);
        ctx.Orders.Observed(order.OrderId, order.Status);
        var dropoff = order.Dropoff is { } d ? new GeoPoint(d.Lat, d.Lng) : offer.Dropoff is { } o ? new GeoPoint(o.Lat, o.Lng) : person.City.Centre;
        _job = new Job(order.OrderId, new(order.StorePosition.Lat, order.StorePosition.Lng), dropoff, 8 + _random.NextDouble() * 6)
        {
            IsOrder = true,
            Ready = order.Ready,
        };
    }

    private async Task ProgressOrder(Job job, DateTimeOffset now, CancellationToken stop)
    {
        if (now >= job.NextCheck)
        {
            // The order may have been cancelled by support; the hub says so, this is the fallback.
            job.NextCheck = now + (job.Phase == JobPhase.Boarding ? WaitAtStoreCheck : TripCheckInterval);
            var view = await session.Send<OrderView>("GET /orders/{id}", HttpMethod.Get, $"/api/v1/orders/{job.TripId}", null, stop);
            if (view.Value is { } v)
            {
                job.Ready |= v.Ready;
                OnOrderStatus(job, v.Status);
            }
        }

        if (job.Ended)
        {
            EndJob(job);
            return;
        }

        switch (job.Phase)
        {
            case JobPhase.ToPickup when Geo.DistanceM(_position, job.Pickup) < 1:
                // At the store: wait for the goods.
                job.Phase = JobPhase.Boarding;
                job.PhaseSince = now;
                job.NextCheck = now;
                break;
            case JobPhase.Boarding when job.Ready:
                var picked = await session.Send<OrderView>("POST /orders/{id}/pickup", HttpMethod.Post, $"/api/v1/orders/{job.TripId}/pickup", null, stop, AgentContext.Races);
                if (picked.Value is { } p)
                {
                    ctx.Orders.Observed(job.TripId, p.Status);
                    job.Phase = JobPhase.ToDropoff;
                    job.PhaseSince = now;
                    job.StartedAt = now;
                    job.TravelledM = 0;
                }
                else
                {
                    job.Ready = false;
                    job.NextCheck = now;
                }

                break;
            case JobPhase.ToDropoff when Geo.DistanceM(_position, job.Dropoff) < 1:
                await Deliver(job, stop);
                break;
        }
    }

    /// <summary>Hands the order over with the proof photo (multipart field <c>photo</c>, a PNG).</summary>
    private async Task Deliver(Job job, CancellationToken stop)
    {
        var result = await session.Send<OrderView>("POST /orders/{id}/deliver", HttpMethod.Post, $"/api/v1/orders/{job.TripId}/deliver", null, stop,
            AgentContext.Races, r =>
            {
                var photo = new ByteArrayContent(Wire.TinyPng);
                photo.Headers.ContentType = new MediaTypeHeaderValue("image/png");
                r.Content = new MultipartFormDataContent { { photo, "photo", "door.png" } };
            });
        if (result.Value is { } view)
        {
            ctx.Orders.Observed(job.TripId, view.Status);
            ctx.Stats.Increment("orders delivered by couriers");
            EndJob(job);
        }
        else if (result.Status is 404 or 409)
        {
            job.NextCheck = DateTimeOffset.MinValue;
        }
    }

    private void OnOrderStatus(Job job, string status)
    {
        ctx.Orders.Observed(job.TripId, status);
        if (Wire.IsOrderTerminal(status))
        {
            job.Ended = true;
        }
    }
}
