using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Drivers;

namespace Upjunoo.Application.Trips;

/// <summary>A trip, to the rider, the assigned driver, support and operators only (R13).</summary>
public sealed record GetTrip(Caller Caller, string TripId) : IRequest<Outcome<TripView>>;

public sealed class GetTripHandler(TripGateway trips, IDriverPositions positions) : IRequestHandler<GetTrip, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(GetTrip request, CancellationToken cancellationToken)
    {
        if (!Domain.Common.Ids.LooksValid(request.TripId))
        {
            return TripAccess.NotFound;
        }

        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip))
        {
            return TripAccess.NotFound;
        }

        var position = trip.Driver is { } d && Domain.Trips.TripRules.RideProgress(trip.Status) is >= 0 and < 3
            ? positions.Latest(d.DriverId)?.Position
            : null;
        return TripView.Of(trip, position);
    }
}
