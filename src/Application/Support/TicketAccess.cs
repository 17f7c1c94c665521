using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Tickets;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Support;

/// <summary>
/// A ticket is seen by its customer and by support agents; every view by an agent is logged (R22). Anyone else gets
/// "not found". Agents see of the linked trip only its status and times.
/// </summary>
public sealed class TicketAccess(TicketGateway tickets, TripGateway trips, IAccessLog accessLog, TimeProvider clock)
{
    public static Rejection NotFound { get; } = Rejection.NotFound("support.ticket-not-found", "No such ticket.");

    public static bool IsAgent(Caller caller) => caller.Has(Role.Support);

    /// <summary>The ticket if the caller may see it (logging an agent's view), else null.</summary>
    public async Task<TicketState?> Reach(Caller caller, string ticketId, string action, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(ticketId))
        {
            return null;
        }

        var ticket = await tickets.Get(ticketId, cancellationToken);
        if (!ticket.Exists || (ticket.CustomerId != caller.AccountId && !IsAgent(caller)))
        {
            return null;
        }

        if (ticket.CustomerId != caller.AccountId)
        {
            await accessLog.Record(new AccessRecord(clock.GetUtcNow(), caller.AccountId, "support", ticket.CustomerId, "support-ticket", ticketId, action), cancellationToken);
        }

        return ticket;
    }

    public async Task<TicketView> View(TicketState ticket, Caller caller, CancellationToken cancellationToken)
    {
        LinkedTripView? linked = null;
        if (ticket.TripId is { } tripId && await trips.Get(tripId, cancellationToken) is { Exists: true } trip)
        {
            linked = new LinkedTripView(tripId, TripStatusName(trip.Status), trip.Timeline[0].At, trip.Timeline[^1].At);
        }

        return TicketView.Of(ticket, caller.AccountId, linked);
    }

    private static string TripStatusName(TripStatus status) => Trips.TripStatusNames.Of(status);
}
