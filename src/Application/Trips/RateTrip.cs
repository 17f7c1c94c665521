using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>The rider rates the driver, the driver rates the rider: once each, after completion (R4).</summary>
public sealed record RateTrip(Caller Caller, string TripId, int? Stars, string? Comment) : IRequest<Outcome<TripView>>;

public sealed class RateTripHandler(TripGateway trips, TimeProvider clock) : IRequestHandler<RateTrip, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(RateTrip request, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip) || TripAccess.PartyOf(request.Caller, trip) is not { Role: PartyRole.Rider or PartyRole.Driver } by)
        {
            return TripAccess.NotFound;
        }

        var reply = await trips.Send(request.TripId, new TripCommand.Rate(request.Stars ?? 0, request.Comment, by, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : TripView.Of(reply.State);
    }
}
