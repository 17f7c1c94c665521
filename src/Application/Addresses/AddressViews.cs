using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Addresses;

public sealed record SavedAddressView(string AddressId, string Label, string? Name, string Text, GeoPoint Position, DateTimeOffset SavedAt)
{
    public static SavedAddressView Of(SavedAddress a) =>
        new(a.AddressId, a.Label.ToString().ToLowerInvariant(), a.Name, a.Text, a.Position, a.SavedAt);
}

public sealed record SavedAddressesView(IReadOnlyList<SavedAddressView> Items);

public sealed record AddressSuggestionView(
    string Text, GeoPoint Position, string? AddressId, string? Label, string? Name, int UseCount, DateTimeOffset? LastUsedAt)
{
    public static AddressSuggestionView Of(AddressSuggestion s) =>
        new(s.Text, s.Position, s.SavedAddressId, s.Label?.ToString().ToLowerInvariant(), s.Name, s.UseCount, s.LastUsedAt);
}

public sealed record AddressSuggestionsView(IReadOnlyList<AddressSuggestionView> Items);
