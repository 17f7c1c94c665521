using Upjunoo.Application.Common;
using Upjunoo.Application.Retention;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Tickets;

namespace Upjunoo.Application.Support;

/// <summary>Opens a ticket for a signed-in customer (from the app, or from an SOS) and lists it for support.</summary>
public sealed class TicketOpener(TicketGateway tickets, AccountGateway accounts, TripGateway trips, ISupportQueue queue, IRetentionIndex retention, IIdGenerator ids, TimeProvider clock)
{
    public async Task<Outcome<TicketCreated>> Open(
        Caller caller, TicketKind kind, string? subject, string? message, string? tripId, string? orderId, CancellationToken cancellationToken)
    {
        if (tripId is not null && (!Ids.LooksValid(tripId) || !TripAccess.MaySee(caller, await trips.Get(tripId, cancellationToken))))
        {
            return Rejection.Invalid("support.unknown-trip", "No such trip of yours.", "tripId");
        }

        if (orderId is not null && !Ids.LooksValid(orderId))
        {
            return Rejection.Invalid("support.unknown-order", "No such order of yours.", "orderId");
        }

        var account = await accounts.Get(caller.AccountId, cancellationToken);
        var ticketId = ids.NewId();
        var now = clock.GetUtcNow();
        var reply = await tickets.Send(ticketId, new TicketCommand.Open(
            ticketId, caller.AccountId, account.FirstName, kind, subject ?? "", message ?? "", tripId, orderId, now), cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        await queue.Upsert(TicketRowOf.State(reply.State, now), cancellationToken);
        await retention.Track(RetentionKinds.SupportTicket, ticketId, now, cancellationToken);
        return new TicketCreated(ticketId, TicketNames.Of(reply.State.Status));
    }
}
