using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using static Upjunoo.Domain.Addresses.AddressBookEvent.V1;

namespace Upjunoo.Domain.Addresses;

/// <summary>One account's address book (R6): saved addresses, and the history of searched and visited ones.</summary>
public sealed class AddressBook : IDecider<AddressBookState, AddressBookCommand, AddressBookEvent>
{
    public static AddressBookState Initial => AddressBookState.Empty;

    public static Decision<AddressBookEvent> Decide(AddressBookCommand command, AddressBookState state)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(state);
        if (state.AccountId is not null ? state.AccountId != command.AccountId : !Ids.LooksValid(command.AccountId))
        {
            return Rejection.Forbidden("address-book.forbidden", "Only the account itself may change its addresses.");
        }

        return command switch
        {
            AddressBookCommand.Save c => Save(c, state),
            AddressBookCommand.Remove c => state.Saved.Any(a => a.AddressId == c.AddressId)
                ? Decision<AddressBookEvent>.Accept(new AddressRemoved(c.AddressId, c.Now))
                : Decision<AddressBookEvent>.Nothing,
            AddressBookCommand.RecordUse c => RecordUse(c, state),
            AddressBookCommand.ClearHistory c => state.History.Count > 0
                ? Decision<AddressBookEvent>.Accept(new HistoryCleared(c.Now))
                : Decision<AddressBookEvent>.Nothing,
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<AddressBookEvent> Save(AddressBookCommand.Save c, AddressBookState state)
    {
        if (!Ids.LooksValid(c.AddressId) || !Enum.IsDefined(c.Label))
        {
            return Rejection.Invalid("address-book.invalid-id", "The address id or label is not valid.");
        }

        if (ValidatePlace(c.Text, c.Position) is { } invalid)
        {
            return invalid;
        }

        var name = string.IsNullOrWhiteSpace(c.Name) ? null : c.Name.Trim();
        if ((c.Label == SavedAddressLabel.Named && name is null) || name?.Length > AddressBookRules.MaxNameLength)
        {
            return Rejection.Invalid("address-book.invalid-name", $"A named address needs a name of 1 to {AddressBookRules.MaxNameLength} characters.", "name");
        }

        var text = AddressBookRules.Normalize(c.Text);
        var existing = state.Saved.FirstOrDefault(a => a.AddressId == c.AddressId);
        if (existing is not null && existing.Label == c.Label && existing.Name == name && existing.Text == text && existing.Position == c.Position)
        {
            return Decision<AddressBookEvent>.Nothing;
        }

        var replacesLabel = c.Label != SavedAddressLabel.Named && state.Saved.Any(a => a.Label == c.Label);
        if (existing is null && !replacesLabel && state.Saved.Count >= AddressBookRules.MaxSaved)
        {
            return Rejection.Conflict("address-book.full", $"At most {AddressBookRules.MaxSaved} addresses can be saved.");
        }

        return Decision<AddressBookEvent>.Accept(new AddressSaved(c.AccountId, new SavedAddress(c.AddressId, c.Label, name, text, c.Position, c.Now)));
    }

    private static Decision<AddressBookEvent> RecordUse(AddressBookCommand.RecordUse c, AddressBookState state)
    {
        if (ValidatePlace(c.Text, c.Position) is { } invalid)
        {
            return invalid;
        }

        if (!Enum.IsDefined(c.Kind))
        {
            return Rejection.Invalid("address-book.invalid-kind", "The use is a search, a ride or a delivery.", "kind");
        }

        // The same use delivered twice (a retried request) is counted once.
        return state.FindUse(c.Text, c.Position) is { } use && use.LastUsedAt == c.Now && use.LastKind == c.Kind
            ? Decision<AddressBookEvent>.Nothing
            : Decision<AddressBookEvent>.Accept(new AddressUsed(c.AccountId, AddressBookRules.Normalize(c.Text), c.Position, c.Kind, c.Now));
    }

    private static Rejection? ValidatePlace(string? text, GeoPoint position)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > AddressBookRules.MaxTextLength)
        {
            return Rejection.Invalid("address-book.invalid-text", $"An address has 1 to {AddressBookRules.MaxTextLength} characters.", "text");
        }

        return position.IsValid ? null : Rejection.Invalid("address-book.invalid-position", "The position is not a valid WGS 84 point.", "position");
    }

    public static AddressBookState Evolve(AddressBookState state, AddressBookEvent @event) => @event switch
    {
        AddressSaved e => state with
        {
            AccountId = e.AccountId,
            Saved =
            [
                .. state.Saved.Where(a => a.AddressId != e.Address.AddressId
                    && (e.Address.Label == SavedAddressLabel.Named || a.Label != e.Address.Label)),
                e.Address,
            ],
        },
        AddressRemoved e => state with { Saved = [.. state.Saved.Where(a => a.AddressId != e.AddressId)] },
        AddressUsed e => state with { AccountId = e.AccountId, History = Used(state.History, e) },
        HistoryCleared => state with { History = [] },
        _ => state,
    };

    /// <summary>Merges a use into the entry for the same place, or adds one and forgets the least recently used beyond the bound.</summary>
    private static List<AddressUse> Used(IReadOnlyList<AddressUse> history, AddressUsed e)
    {
        var index = history.ToList().FindIndex(u => AddressBookRules.IsSamePlace(u.Text, u.Position, e.Text, e.Position));
        if (index >= 0)
        {
            var merged = history[index];
            var updated = merged with
            {
                Count = merged.Count + 1,
                LastKind = e.Kind,
                LastUsedAt = e.At > merged.LastUsedAt ? e.At : merged.LastUsedAt,
            };
            return [.. history.Select((u, i) => i == index ? updated : u)];
        }

        var added = history.Append(new AddressUse(e.Text, e.Position, 1, e.Kind, e.At, e.At));
        return history.Count < AddressBookRules.MaxHistory
            ? [.. added]
            : [.. added.OrderByDescending(u => u.LastUsedAt).Take(AddressBookRules.MaxHistory).OrderBy(u => u.FirstUsedAt)];
    }
}
