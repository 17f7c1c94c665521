using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Addresses;

/// <summary>One address of the search and visit history (R6), with how often and when it was last used.</summary>
public sealed record AddressUse(
    [property: Personal(DataCategory.SearchAndVisitAddresses)] string Text,
    [property: Personal(DataCategory.SearchAndVisitAddresses)] GeoPoint Position,
    int Count,
    AddressUseKind LastKind,
    DateTimeOffset FirstUsedAt,
    DateTimeOffset LastUsedAt);
