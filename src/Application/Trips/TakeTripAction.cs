using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>Driver actions on a trip: decline the offer, arrived, start, complete (with the measured route if known).</summary>
public sealed record TakeTripAction(Caller Caller, string TripId, TripActionKind Action, int? DistanceM = null, int? DurationSeconds = null)
    : IRequest<Outcome<TripView>>;

public sealed class TakeTripActionHandler(TripGateway trips, TimeProvider clock) : IRequestHandler<TakeTripAction, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(TakeTripAction request, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip))
        {
            return TripAccess.NotFound;
        }

        var by = TripAccess.PartyOf(request.Caller, trip) ?? Party.Driver(request.Caller.AccountId);
        var now = clock.GetUtcNow();
        TripCommand command = request.Action switch
        {
            TripActionKind.Decline => new TripCommand.DriverDeclined(request.Caller.AccountId, by, now),
            TripActionKind.Arrived => new TripCommand.DriverArrived(by, now),
            TripActionKind.Start => new TripCommand.Start(by, now),
            _ => Completion(trip, request, by, now),
        };
        var reply = await trips.Send(request.TripId, command, cancellationToken);
        return reply.Rejection is { } rejection ? rejection : TripView.Of(reply.State);
    }

    /// <summary>Without a measured route (an app that does not track it), the estimate between pickup and drop-off is billed.</summary>
    private static TripCommand.Complete Completion(TripState trip, TakeTripAction request, Party by, DateTimeOffset now)
    {
        var estimate = RouteEstimate.Between(trip.Pickup!.Position, trip.Dropoff!.Position, trip.Country);
        return new TripCommand.Complete(request.DistanceM ?? estimate.DistanceM, request.DurationSeconds ?? estimate.DurationSeconds, by, now);
    }
}
