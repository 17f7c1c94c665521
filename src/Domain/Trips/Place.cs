using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>A pickup or drop-off: where it is and, when known, its address as the rider gave it.</summary>
public sealed record Place(
    [property: Personal(DataCategory.Location)] GeoPoint Position,
    [property: Personal(DataCategory.Addresses)] string? Address)
{
    public const int MaxAddressLength = 300;

    public bool IsValid => Position.IsValid && (Address is null || Address.Length <= MaxAddressLength);
}
