using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Addresses;

/// <summary>
/// One suggested pickup or drop-off address. <see cref="SavedAddressId"/>, <see cref="Label"/> and <see cref="Name"/>
/// are set for saved addresses; <see cref="UseCount"/> counts the uses of that place in the history.
/// </summary>
public sealed record AddressSuggestion(
    string Text,
    GeoPoint Position,
    string? SavedAddressId,
    SavedAddressLabel? Label,
    string? Name,
    int UseCount,
    DateTimeOffset? LastUsedAt,
    double Score);
