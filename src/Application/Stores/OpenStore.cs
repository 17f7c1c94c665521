using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Application.Stores;

/// <summary>An account in the store role opens a store in its own country (R5).</summary>
public sealed record OpenStore(
    Caller Caller, string? Name, string? Address, PlaceInput? Position, IReadOnlyList<OpeningSpanInput>? OpeningHours, int? DeliveryRadiusM)
    : IRequest<Outcome<StoreCreated>>;

public sealed class OpenStoreHandler(StoreGateway stores, AccountGateway accounts, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<OpenStore, Outcome<StoreCreated>>
{
    public async ValueTask<Outcome<StoreCreated>> Handle(OpenStore request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Store))
        {
            return Rejection.Forbidden("store.forbidden", "Only an account in the store role may open a store.");
        }

        var errors = new Dictionary<string, string[]>();
        var hours = StoreInputs.Hours(request.OpeningHours, errors);
        var position = new GeoPoint(request.Position?.Lat ?? double.NaN, request.Position?.Lng ?? double.NaN);
        if (!position.IsValid)
        {
            errors["position"] = ["The position needs lat and lng in degrees."];
        }

        if (TripInputs.Errors(errors) is { } invalid)
        {
            return invalid;
        }

        var owner = await accounts.Get(request.Caller.AccountId, cancellationToken);
        if (!owner.IsRegistered)
        {
            return Rejection.NotFound("account.not-found", "No such account.");
        }

        var storeId = ids.NewId();
        var reply = await stores.Send(
            storeId,
            new StoreCommand.Open(
                storeId, request.Caller.AccountId, request.Name ?? "", request.Address ?? "", position, owner.Country, hours!,
                request.DeliveryRadiusM ?? 0, Role.Store, clock.GetUtcNow()),
            cancellationToken);
        return reply.Rejection is { } rejection ? rejection : new StoreCreated(storeId);
    }
}
