using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Domain.Stores;

/// <summary>
/// Commands to one store; each says who issues it (account and the role it acts in, from the token) and when.
/// Only an account acting in the <see cref="Role.Store"/> role may open a store, and only its owner may change it.
/// </summary>
public abstract record StoreCommand(string ById, Role ByRole, DateTimeOffset Now)
{
    public sealed record Open(
        string StoreId,
        string OwnerId,
        string Name,
        string Address,
        GeoPoint Position,
        CountryCode Country,
        OpeningHours Hours,
        int DeliveryRadiusM,
        Role ByRole,
        DateTimeOffset Now) : StoreCommand(OwnerId, ByRole, Now);

    /// <summary>Replaces the name, address, position, hours and radius; the country (hence the currency) never changes.</summary>
    public sealed record UpdateDetails(
        string Name,
        string Address,
        GeoPoint Position,
        OpeningHours Hours,
        int DeliveryRadiusM,
        string ById,
        Role ByRole,
        DateTimeOffset Now) : StoreCommand(ById, ByRole, Now);

    public sealed record ReplaceCatalog(IReadOnlyList<Product> Products, string ById, Role ByRole, DateTimeOffset Now)
        : StoreCommand(ById, ByRole, Now);

    public sealed record SetProductAvailability(string ProductId, bool Available, string ById, Role ByRole, DateTimeOffset Now)
        : StoreCommand(ById, ByRole, Now);
}
