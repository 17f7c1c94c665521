using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>
/// A partner's batch of 1–100 pings (R3). Available partners feed the nearby index through the bounded pipeline;
/// partners on a job only update the position their customer follows; offline partners are not tracked at all.
/// </summary>
public sealed record PostLocations(Caller Caller, IReadOnlyList<PingInput>? Pings) : IRequest<Outcome<PingsAccepted>>;

public sealed record PingInput(double? Lat, double? Lng, DateTimeOffset? At, double? Heading, double? SpeedMps, double? AccuracyM);

public sealed record PingsAccepted(int Accepted, IReadOnlyList<PingRejectionView> Rejected, bool Full, TimeSpan RetryAfter);

public sealed record PingRejectionView(int Index, string Reason);

public sealed class PostLocationsHandler(
    DriverGateway drivers,
    DriverCards cards,
    ILocationIngest ingest,
    IDriverAvailability availability,
    IDriverPositions positions,
    IActiveJobs jobs,
    ILiveUpdates live,
    TimeProvider clock) : IRequestHandler<PostLocations, Outcome<PingsAccepted>>
{
    public const int MaxPings = 100;

    public async ValueTask<Outcome<PingsAccepted>> Handle(PostLocations request, CancellationToken cancellationToken)
    {
        var driverId = request.Caller.AccountId;
        if (!request.Caller.Has(Role.Driver) && !request.Caller.Has(Role.Courier))
        {
            return Rejection.Forbidden("driver.partner-only", "Only drivers and couriers send their location.");
        }

        if (request.Pings is not { Count: >= 1 and <= MaxPings } inputs)
        {
            return Rejection.Invalid("location.batch-size", $"Send 1 to {MaxPings} pings.", "pings");
        }

        var pings = inputs.Select(p => new LocationPing(
            new GeoPoint(p.Lat ?? double.NaN, p.Lng ?? double.NaN), p.At ?? DateTimeOffset.MinValue, p.Heading, p.SpeedMps, p.AccuracyM)).ToList();
        var status = availability.Known(driverId) ?? await Refresh(driverId, cancellationToken);
        return status switch
        {
            DriverStatus.Available => await Index(driverId, pings, cancellationToken),
            DriverStatus.Offered or DriverStatus.Busy => await Follow(driverId, pings, cancellationToken),
            _ => Rejection.Conflict("driver.offline", "Go online before sending your location; offline partners are not tracked."),
        };
    }

    private async Task<DriverStatus> Refresh(string driverId, CancellationToken cancellationToken)
    {
        var state = await drivers.Get(driverId, cancellationToken);
        availability.Update(driverId, state.Status);
        return state.Status;
    }

    private async Task<Outcome<PingsAccepted>> Index(string driverId, List<LocationPing> pings, CancellationToken cancellationToken)
    {
        if (await cards.For(driverId, cancellationToken) is not { } card)
        {
            return Rejection.Forbidden("driver.not-approved", "The partner profile is not approved yet.");
        }

        var result = ingest.Offer(driverId, card, pings);
        if (!result.IsFull && result.Accepted > 0)
        {
            positions.Record(driverId, Newest(pings, result));
        }

        return new PingsAccepted(result.Accepted, [.. result.Rejected.Select(r => new PingRejectionView(r.Index, r.Reason.WireName()))], result.IsFull, result.RetryAfter);
    }

    /// <summary>On a job: validate like any ping, keep the newest for the customer, push it live; not indexed.</summary>
    private async Task<Outcome<PingsAccepted>> Follow(string driverId, List<LocationPing> pings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var previous = positions.Latest(driverId);
        var rejected = new List<PingRejectionView>();
        LocationPing? newest = null;
        for (var i = 0; i < pings.Count; i++)
        {
            var verdict = PingValidator.Validate(pings[i], previous, now, PingRules.Default);
            if (!verdict.IsAccepted)
            {
                rejected.Add(new PingRejectionView(i, verdict.Reason!.Value.WireName()));
                continue;
            }

            previous = pings[i];
            if (newest is null || pings[i].At >= newest.Value.At)
            {
                newest = pings[i];
            }
        }

        if (newest is { } latest)
        {
            positions.Record(driverId, latest);
            if (jobs.Of(driverId) is { } job)
            {
                await live.DriverPosition(job.CustomerId, job.JobId, latest.Position, latest.HeadingDeg, latest.At);
            }
        }

        return new PingsAccepted(pings.Count - rejected.Count, rejected, false, TimeSpan.Zero);
    }

    private static LocationPing Newest(List<LocationPing> pings, PingIngestResult result)
    {
        var refused = result.Rejected.Select(r => r.Index).ToHashSet();
        return pings.Where((_, i) => !refused.Contains(i)).MaxBy(p => p.At);
    }
}
