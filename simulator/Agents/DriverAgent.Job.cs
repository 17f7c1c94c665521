using Upjunoo.Simulator.Api;
using Upjunoo.Simulator.Population;

namespace Upjunoo.Simulator.Agents;

public enum JobPhase
{
    ToPickup,
    Boarding,
    ToDropoff,
}

/// <summary>The trip a driver is on, as the driver agent follows it.</summary>
public sealed class Job(string tripId, GeoPoint pickup, GeoPoint dropoff, double speedMps)
{
    public string TripId { get; } = tripId;
    public GeoPoint Pickup { get; } = pickup;
    public GeoPoint Dropoff { get; } = dropoff;
    public double SpeedMps { get; } = speedMps;
    public JobPhase Phase { get; set; } = JobPhase.ToPickup;
    public DateTimeOffset PhaseSince { get; set; } = DateTimeOffset.UtcNow;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset NextCheck { get; set; } = DateTimeOffset.UtcNow.AddSeconds(10);
    public double TravelledM { get; set; }
    public bool Ended { get; set; }

    /// <summary>A delivery order (a courier's job): pickup is the store, <see cref="TripId"/> the order id.</summary>
    public bool IsOrder { get; init; }

    /// <summary>For an order: the store said the goods are ready.</summary>
    public bool Ready { get; set; }
}

public sealed partial class DriverAgent
{
    private async Task Decide(DateTimeOffset now, CancellationToken stop)
    {
        if (_pending is not { } pending || now < pending.DecideAt)
        {
            return;
        }

        _pending = null;
        var offer = pending.Offer;
        if (offer.Kind == "order")
        {
            await DecideOrder(offer, pending.Accept, stop);
            return;
        }

        if (!pending.Accept)
        {
            ctx.Stats.Increment("offers declined");
            await session.Send<TripView>("POST /trips/{id}/decline", HttpMethod.Post, $"/api/v1/trips/{offer.Id}/decline", null, stop, AgentContext.Races);
            return;
        }

        var accepted = await session.Send<TripView>("POST /trips/{id}/accept", HttpMethod.Post, $"/api/v1/trips/{offer.Id}/accept", null, stop, AgentContext.Races);
        if (accepted.Value is not { } trip)
        {
            // Expired, cancelled, or given to someone else in the meantime.
            ctx.Stats.Increment("offers lost (accept refused)");
            return;
        }

        ctx.Stats.Increment("offers accepted");
        ctx.Ledger.JobStarted(UserId, trip.TripId);
        ctx.Ledger.Observed(trip.TripId, trip.Status);
        _job = new Job(trip.TripId, new(trip.Pickup.Lat, trip.Pickup.Lng), new(trip.Dropoff.Lat, trip.Dropoff.Lng), 10 + _random.NextDouble() * 8);
    }

    private async Task Progress(DateTimeOffset now, CancellationToken stop)
    {
        if (_job is not { } job)
        {
            return;
        }

        if (job.IsOrder)
        {
            await ProgressOrder(job, now, stop);
            return;
        }

        if (now >= job.NextCheck)
        {
            // The rider may have cancelled; the hub says so, this is the fallback.
            job.NextCheck = now + TripCheckInterval;
            var view = await session.Send<TripView>("GET /trips/{id}", HttpMethod.Get, $"/api/v1/trips/{job.TripId}", null, stop);
            if (view.Value is { } v)
            {
                OnTripStatus(job, v.Status);
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
                if (await Step(job, "arrived", stop))
                {
                    job.Phase = JobPhase.Boarding;
                    job.PhaseSince = now;
                }

                break;
            case JobPhase.Boarding when now - job.PhaseSince > TimeSpan.FromSeconds(2 + _random.Next(4)):
                if (await Step(job, "start", stop))
                {
                    job.Phase = JobPhase.ToDropoff;
                    job.PhaseSince = now;
                    job.StartedAt = now;
                    job.TravelledM = 0;
                }

                break;
            case JobPhase.ToDropoff when Geo.DistanceM(_position, job.Dropoff) < 1:
                await Complete(job, stop);
                break;
        }
    }

    private async Task<bool> Step(Job job, string action, CancellationToken stop)
    {
        var result = await session.Send<TripView>($"POST /trips/{{id}}/{action}", HttpMethod.Post, $"/api/v1/trips/{job.TripId}/{action}", null, stop, AgentContext.Races);
        if (result.Value is { } view)
        {
            ctx.Ledger.Observed(job.TripId, view.Status);
            return true;
        }

        if (result.Status is 404 or 409)
        {
            // Most likely the rider cancelled: look, and drop the job if it ended.
            job.NextCheck = DateTimeOffset.MinValue;
        }

        return false;
    }

    private async Task Complete(Job job, CancellationToken stop)
    {
        var seconds = job.StartedAt is { } started ? (int)(DateTimeOffset.UtcNow - started).TotalSeconds : 0;
        var result = await session.Send<TripView>("POST /trips/{id}/complete", HttpMethod.Post, $"/api/v1/trips/{job.TripId}/complete",
            new CompleteBody((int)job.TravelledM, seconds), stop, AgentContext.Races);
        if (result.Value is { } view)
        {
            ctx.Ledger.Observed(job.TripId, view.Status);
            ctx.Stats.Increment("trips completed by drivers");
            EndJob(job);
            if (_random.NextDouble() < 0.5)
            {
                await session.Send<TripView>("POST /trips/{id}/rating", HttpMethod.Post, $"/api/v1/trips/{job.TripId}/rating",
                    new RatingBody(3 + _random.Next(3), null), stop, AgentContext.Conflict);
            }
        }
        else if (result.Status is 404 or 409)
        {
            job.NextCheck = DateTimeOffset.MinValue;
        }
    }

    private void OnTripStatus(Job job, string status)
    {
        ctx.Ledger.Observed(job.TripId, status);
        if (Wire.IsTerminal(status))
        {
            job.Ended = true;
        }
    }

    private void EndJob(Job job)
    {
        if (job.IsOrder)
        {
            ctx.Orders.JobEnded(UserId, job.TripId);
        }
        else
        {
            ctx.Ledger.JobEnded(UserId, job.TripId);
        }

        if (_job == job)
        {
            _job = null;
        }
    }

    /// <summary>At the end of the run: finish a ride under way (only support may cancel it), then go offline.</summary>
    private async Task Finish()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            if (_job is { Phase: JobPhase.ToDropoff, IsOrder: false } job && !job.Ended)
            {
                await Complete(job, grace.Token);
            }
            else if (_job is { Phase: JobPhase.ToDropoff, IsOrder: true } order && !order.Ended)
            {
                // The goods are on board: hand them over (the customer would not get them otherwise).
                await Deliver(order, grace.Token);
            }

            await session.Send<Unit>("PUT /drivers/me/availability", HttpMethod.Put, "/api/v1/drivers/me/availability", new { status = "offline" }, grace.Token, AgentContext.Conflict);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
