using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>The rider, the assigned driver or support cancels where the state and the country's rules allow (R4).</summary>
public sealed record CancelTrip(Caller Caller, string TripId, string? Reason) : IRequest<Outcome<TripView>>;

public sealed class CancelTripHandler(TripGateway trips, TimeProvider clock) : IRequestHandler<CancelTrip, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(CancelTrip request, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip) || TripAccess.PartyOf(request.Caller, trip) is not { } by)
        {
            return TripAccess.NotFound;
        }

        var reply = await trips.Send(request.TripId, new TripCommand.Cancel(request.Reason, by, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : TripView.Of(reply.State);
    }
}
