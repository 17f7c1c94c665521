using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Addresses;

/// <summary>
/// One account's saved addresses and its bounded search and visit history (R6). An address book has no
/// lifecycle: it exists once the account saves or uses its first address (<see cref="AccountId"/> set).
/// </summary>
[PersistedAs("address-book.state.v1")]
public sealed record AddressBookState(
    string? AccountId,
    IReadOnlyList<SavedAddress> Saved,
    IReadOnlyList<AddressUse> History) : IPersisted
{
    public static AddressBookState Empty { get; } = new(null, [], []);

    public AddressUse? FindUse(string text, GeoPoint position) =>
        History.FirstOrDefault(u => AddressBookRules.IsSamePlace(u.Text, u.Position, text, position));
}
