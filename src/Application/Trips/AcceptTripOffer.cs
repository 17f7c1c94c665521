using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>
/// The offered driver accepts. The driver's own entity turns the offer into "busy" first — it is the single owner of
/// "is this driver free" (R33) — then the trip records the assignment; if the trip refuses (cancelled, expired),
/// the driver is released again.
/// </summary>
public sealed record AcceptTripOffer(Caller Caller, string TripId) : IRequest<Outcome<TripView>>;

public sealed class AcceptTripOfferHandler(TripGateway trips, DriverGateway drivers, AccountGateway accounts, TimeProvider clock)
    : IRequestHandler<AcceptTripOffer, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(AcceptTripOffer request, CancellationToken cancellationToken)
    {
        var driverId = request.Caller.AccountId;
        var trip = await trips.Get(request.TripId, cancellationToken);
        if (!TripAccess.MaySee(request.Caller, trip))
        {
            return TripAccess.NotFound;
        }

        if (trip.Driver?.DriverId == driverId)
        {
            return TripView.Of(trip);
        }

        var account = await accounts.Get(driverId, cancellationToken);
        if (account.Partner?.Vehicle is not { } vehicle)
        {
            return Domain.Common.Rejection.Forbidden("trip.driver-without-vehicle", "Only a driver with a vehicle takes rides.");
        }

        var reserved = await drivers.Send(driverId, new DriverCommand.AcceptOffer(request.TripId, clock.GetUtcNow()), cancellationToken);
        if (reserved.Rejection is { } driverRefused)
        {
            return driverRefused;
        }

        var assigned = await trips.Send(
            request.TripId,
            new TripCommand.DriverAccepted(driverId, account.FirstName, vehicle, Party.Driver(driverId), clock.GetUtcNow()),
            cancellationToken);
        if (assigned.Rejection is { } tripRefused)
        {
            await drivers.Send(driverId, new DriverCommand.ReleaseJob(request.TripId, clock.GetUtcNow()), cancellationToken);
            return tripRefused;
        }

        return TripView.Of(assigned.State);
    }
}
