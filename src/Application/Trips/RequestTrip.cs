using System.Security.Cryptography;
using System.Text;
using Mediator;
using Upjunoo.Application.Addresses;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Trips;

/// <summary>
/// A rider books a ride (R4), optionally with the driver they chose among the nearby ones (R3). With an
/// <c>Idempotency-Key</c> the trip id is derived from the rider and the key, so a retry lands on the same trip.
/// </summary>
public sealed record RequestTrip(
    Caller Caller, PlaceInput? Pickup, PlaceInput? Dropoff, string? Service, PaymentInput? PaymentMethod, string? ChosenDriverId, string? IdempotencyKey)
    : IRequest<Outcome<TripCreated>>;

public sealed record TripCreated(string TripId, string Status, bool Replayed);

public sealed class RequestTripHandler(TripGateway trips, AccountGateway accounts, AddressUses addressUses, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<RequestTrip, Outcome<TripCreated>>
{
    public async ValueTask<Outcome<TripCreated>> Handle(RequestTrip request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pickup = TripInputs.Place(request.Pickup, "pickup", errors);
        var dropoff = TripInputs.Place(request.Dropoff, "dropoff", errors);
        var service = TripInputs.Service(request.Service, errors);
        var payment = TripInputs.Payment(request.PaymentMethod, errors);
        if (request.ChosenDriverId is { } chosen && !Ids.LooksValid(chosen))
        {
            errors["chosenDriverId"] = ["The driver id is not valid."];
        }

        if (request.IdempotencyKey is { } key && (key.Length is 0 or > 128 || key.Any(char.IsControl)))
        {
            errors["Idempotency-Key"] = ["An idempotency key has 1 to 128 printable characters."];
        }

        if (TripInputs.Errors(errors) is { } invalid)
        {
            return invalid;
        }

        var tripId = request.IdempotencyKey is { } idempotencyKey ? DerivedId(request.Caller.AccountId, idempotencyKey) : ids.NewId();
        var existing = await trips.Get(tripId, cancellationToken);
        if (existing.Exists)
        {
            return existing.RiderId == request.Caller.AccountId
                ? new TripCreated(tripId, TripStatusNames.Of(existing.Status), Replayed: true)
                : Rejection.Conflict("trip.idempotency-key-reused", "This idempotency key was already used.");
        }

        var rider = await accounts.Get(request.Caller.AccountId, cancellationToken);
        if (!rider.IsRegistered)
        {
            return Rejection.NotFound("account.not-found", "No such account.");
        }

        if (request.ChosenDriverId == request.Caller.AccountId)
        {
            return Rejection.Invalid("trip.self-ride", "A driver cannot book a ride with themselves.", "chosenDriverId");
        }

        var estimate = EstimateFareHandler.Estimate(rider.Country, pickup!, dropoff!, service!.Value);
        var reply = await trips.Send(
            tripId,
            new TripCommand.Request(
                tripId, rider.AccountId!, rider.FirstName, rider.Country, pickup!, dropoff!, service.Value, payment!,
                request.ChosenDriverId, estimate.Fare, clock.GetUtcNow()),
            cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        // The places of a ride join the rider's address history, for later suggestions (R6).
        await addressUses.Record(rider.AccountId!, pickup!.Address, pickup.Position, AddressUseKind.Ride, cancellationToken);
        await addressUses.Record(rider.AccountId!, dropoff!.Address, dropoff.Position, AddressUseKind.Ride, cancellationToken);
        return new TripCreated(tripId, TripStatusNames.Of(reply.State.Status), Replayed: reply.Events.Count == 0);
    }

    private static string DerivedId(string riderId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"trip:{riderId}:{key}")))[..32];
}
