using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Addresses;

/// <summary>An address the user saved (R6); <see cref="Name"/> is set for <see cref="SavedAddressLabel.Named"/> ones.</summary>
public sealed record SavedAddress(
    [property: NotPersonal("an opaque id")] string AddressId,
    SavedAddressLabel Label,
    [property: Personal(DataCategory.Addresses)] string? Name,
    [property: Personal(DataCategory.Addresses)] string Text,
    [property: Personal(DataCategory.Addresses)] GeoPoint Position,
    DateTimeOffset SavedAt);
