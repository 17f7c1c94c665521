using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Addresses;

/// <summary>Commands to one account's address book; only the account itself may send them.</summary>
public abstract record AddressBookCommand(string AccountId, DateTimeOffset Now)
{
    /// <summary>Saves or replaces an address; saving a home (or work) address replaces the previous one.</summary>
    public sealed record Save(
        string AccountId,
        string AddressId,
        SavedAddressLabel Label,
        string? Name,
        string Text,
        GeoPoint Position,
        DateTimeOffset Now) : AddressBookCommand(AccountId, Now);

    public sealed record Remove(string AccountId, string AddressId, DateTimeOffset Now) : AddressBookCommand(AccountId, Now);

    /// <summary>The account searched for, or went to, an address.</summary>
    public sealed record RecordUse(string AccountId, string Text, GeoPoint Position, AddressUseKind Kind, DateTimeOffset Now)
        : AddressBookCommand(AccountId, Now);

    /// <summary>Erases the search and visit history (R20: erasure of old information); saved addresses stay.</summary>
    public sealed record ClearHistory(string AccountId, DateTimeOffset Now) : AddressBookCommand(AccountId, Now);
}
