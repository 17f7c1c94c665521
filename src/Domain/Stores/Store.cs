using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using static Upjunoo.Domain.Stores.StoreEvent.V1;

namespace Upjunoo.Domain.Stores;

/// <summary>
/// One store owned by an account in the store role (R5). Checks who acts first (403), then idempotent repeats
/// (no events), then the content (422).
/// </summary>
public sealed partial class Store : IDecider<StoreState, StoreCommand, StoreEvent>
{
    public static StoreState Initial => StoreState.Empty;

    public static Decision<StoreEvent> Decide(StoreCommand command, StoreState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (command is StoreCommand.Open open)
        {
            return Open(open, state);
        }

        if (!state.Exists)
        {
            return Rejection.NotFound("store.not-found", "No such store.");
        }

        if (command.ByRole != Role.Store || command.ById != state.OwnerId)
        {
            return Forbidden();
        }

        var at = state.UpdatedAt is { } last && last > command.Now ? last : command.Now;
        return command switch
        {
            StoreCommand.UpdateDetails c => UpdateDetails(c, state, at),
            StoreCommand.ReplaceCatalog c => ReplaceCatalog(c, state, at),
            StoreCommand.SetProductAvailability c => SetAvailability(c, state, at),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<StoreEvent> Open(StoreCommand.Open c, StoreState state)
    {
        if (c.ByRole != Role.Store)
        {
            return Forbidden();
        }

        if (state.Exists)
        {
            return state.OwnerId == c.OwnerId
                ? Decision<StoreEvent>.Nothing
                : Rejection.Conflict("store.already-exists", "A store with this id already exists.");
        }

        if (!Ids.LooksValid(c.StoreId) || !Ids.LooksValid(c.OwnerId))
        {
            return Rejection.Invalid("store.invalid-id", "The store or owner id is not valid.");
        }

        if (!Enum.IsDefined(c.Country))
        {
            return Rejection.Invalid("store.invalid-country", "The store's country is not served.", "country");
        }

        return ValidateDetails(c.Name, c.Address, c.Position, c.Hours, c.DeliveryRadiusM)
            ?? Decision<StoreEvent>.Accept(new Opened(
                c.StoreId, c.OwnerId, c.Name.Trim(), c.Address.Trim(), c.Position, c.Country,
                Countries.Countries.Of(c.Country).Currency.Code, c.Hours, c.DeliveryRadiusM, c.Now));
    }

    private static Decision<StoreEvent> UpdateDetails(StoreCommand.UpdateDetails c, StoreState state, DateTimeOffset at)
    {
        if (ValidateDetails(c.Name, c.Address, c.Position, c.Hours, c.DeliveryRadiusM) is { } invalid)
        {
            return invalid;
        }

        var unchanged = state.Name == c.Name.Trim() && state.Address == c.Address.Trim() && state.Position == c.Position
            && state.Hours.Equals(c.Hours) && state.DeliveryRadiusM == c.DeliveryRadiusM;
        return unchanged
            ? Decision<StoreEvent>.Nothing
            : Decision<StoreEvent>.Accept(new DetailsUpdated(c.Name.Trim(), c.Address.Trim(), c.Position, c.Hours, c.DeliveryRadiusM, at));
    }

    private static Rejection? ValidateDetails(string? name, string? address, GeoPoint position, OpeningHours? hours, int radiusM)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > StoreRules.MaxNameLength)
        {
            return Rejection.Invalid("store.invalid-name", $"A store name has 1 to {StoreRules.MaxNameLength} characters.", "name");
        }

        if (string.IsNullOrWhiteSpace(address) || address.Trim().Length > StoreRules.MaxAddressLength)
        {
            return Rejection.Invalid("store.invalid-address", $"An address has 1 to {StoreRules.MaxAddressLength} characters.", "address");
        }

        if (!position.IsValid)
        {
            return Rejection.Invalid("store.invalid-position", "The store's position is not a valid WGS 84 point.", "position");
        }

        if (hours is null || !hours.IsValid)
        {
            return Rejection.Invalid(
                "store.invalid-opening-hours", $"Opening hours are at most {OpeningHours.MaxRanges} spans on named weekdays.", "openingHours");
        }

        return radiusM is < StoreRules.MinDeliveryRadiusM or > StoreRules.MaxDeliveryRadiusM
            ? Rejection.Invalid(
                "store.invalid-radius",
                $"A delivery radius is {StoreRules.MinDeliveryRadiusM} to {StoreRules.MaxDeliveryRadiusM} metres.", "deliveryRadiusM")
            : null;
    }

    private static Rejection Forbidden() => Rejection.Forbidden("store.forbidden", "Only the store's owner, in the store role, may do this.");
}
