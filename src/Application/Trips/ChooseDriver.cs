using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>After the chosen driver could not come, the rider picks another one (or null: match automatically) (R3).</summary>
public sealed record ChooseDriver(Caller Caller, string TripId, string? DriverId) : IRequest<Outcome<TripView>>;

public sealed class ChooseDriverHandler(TripGateway trips, TimeProvider clock) : IRequestHandler<ChooseDriver, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(ChooseDriver request, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip) || TripAccess.PartyOf(request.Caller, trip) is not { } by)
        {
            return TripAccess.NotFound;
        }

        var reply = await trips.Send(request.TripId, new TripCommand.ChooseDriver(request.DriverId, by, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : TripView.Of(reply.State);
    }
}
