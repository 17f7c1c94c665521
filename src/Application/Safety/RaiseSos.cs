using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;
using Upjunoo.Application.Notifications;
using Upjunoo.Application.Support;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Safety;
using Upjunoo.Domain.Tickets;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Safety;

/// <summary>
/// SOS (R8): each emergency contact gets an SMS in the user's language with their first name and position (and, on a
/// trip under way, the car and plate); an urgent ticket reaches support; the alert is kept in the user's history.
/// </summary>
public sealed record RaiseSos(Caller Caller, double? Lat, double? Lng, string? TripId) : IRequest<Outcome<SosView>>;

public sealed class RaiseSosHandler(
    AccountGateway accounts, SafetyGateway safety, TripGateway trips, TicketOpener tickets, INotificationSender sender, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<RaiseSos, Outcome<SosView>>
{
    public async ValueTask<Outcome<SosView>> Handle(RaiseSos request, CancellationToken cancellationToken)
    {
        var position = new GeoPoint(request.Lat ?? double.NaN, request.Lng ?? double.NaN);
        if (!position.IsValid)
        {
            return Rejection.Invalid("sos.invalid-position", "The position is not a valid WGS 84 point.", "lat");
        }

        var account = await accounts.Get(request.Caller.AccountId, cancellationToken);
        Vehicle? vehicle = null;
        if (request.TripId is { } tripId)
        {
            var trip = Ids.LooksValid(tripId) ? await trips.Get(tripId, cancellationToken) : TripState.Empty;
            if (!trip.Exists || (trip.RiderId != request.Caller.AccountId && trip.Driver?.DriverId != request.Caller.AccountId))
            {
                return TripAccess.NotFound;
            }

            vehicle = TripRules.RideProgress(trip.Status) is >= 0 and < 3 ? trip.Driver?.Vehicle : null;
        }

        var body = SosText.Sms(account.FirstName, position, vehicle, account.Language);
        var ticket = await tickets.Open(
            request.Caller, TicketKind.Urgent, Texts.Get("sos.ticket.subject", account.Language), body, request.TripId, null, cancellationToken);
        if (ticket.Rejection is { } refused)
        {
            return refused;
        }

        var card = await safety.Get(request.Caller.AccountId, cancellationToken);
        foreach (var contact in card.Contacts)
        {
            await sender.Send(new OutgoingMessage(
                NotificationChannel.Sms, contact.Phone, null, body, NotificationPurpose.Security, request.Caller.AccountId), cancellationToken);
        }

        var reply = await safety.Send(request.Caller.AccountId, new SafetyCommand.RecordSos(
            request.Caller.AccountId, ids.NewId(), position, request.TripId, card.Contacts.Count, ticket.Value!.TicketId, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : SosView.Of(reply.State.Alerts[^1]);
    }
}
