using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Trips;

namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>
/// R22: when support, an operator or the DPO reads a trip that is not theirs, the read is logged for the rider and the
/// driver (each sees it in their access copy). Only successful reads are logged: a refusal showed nothing.
/// </summary>
public sealed class StaffTripAccessBehavior(IStaffAccessLog log, TripGateway trips, TimeProvider clock)
    : IPipelineBehavior<GetTrip, Outcome<TripView>>
{
    public async ValueTask<Outcome<TripView>> Handle(GetTrip message, MessageHandlerDelegate<GetTrip, Outcome<TripView>> next, CancellationToken cancellationToken)
    {
        var outcome = await next(message, cancellationToken);
        var caller = message.Caller;
        if (outcome.IsRejected || !caller.IsStaff)
        {
            return outcome;
        }

        var trip = await trips.Get(message.TripId, cancellationToken);
        var roles = string.Join(',', caller.Roles.Select(Domain.Identity.RoleNames.Of));
        foreach (var subject in new[] { trip.RiderId, trip.Driver?.DriverId }.OfType<string>().Distinct().Where(s => s != caller.AccountId))
        {
            await log.Record(new StaffAccess(caller.AccountId, roles, subject, $"trip/{message.TripId}", clock.GetUtcNow()), cancellationToken);
        }

        return outcome;
    }
}
