using Upjunoo.Domain.Accounts;

namespace Upjunoo.Domain.Location;

/// <summary>
/// What the location index keeps about an available partner besides the position. It has no field for a
/// plate, a phone or a surname, so the index and the nearby list cannot leak them (R13).
/// </summary>
public sealed record DriverCard(
    string FirstName,
    PublicVehicle? Vehicle,
    double Rating,
    IReadOnlyList<string> Services,
    PartnerKind Kind)
{
    /// <summary>The card of a partner account: the plate stays behind (shown only once a trip is matched).</summary>
    public static DriverCard From(string firstName, PartnerProfile profile, double rating)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var vehicle = profile.Vehicle is { } v ? new PublicVehicle(v.Make, v.Model, v.Color) : null;
        return new DriverCard(firstName, vehicle, rating, profile.Services, profile.Kind);
    }

    public bool Offers(string? service) =>
        service is null || Services.Contains(service, StringComparer.OrdinalIgnoreCase);
}
