using System.Text.Json;
using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using static Upjunoo.Domain.Addresses.AddressBookEvent.V1;

namespace Upjunoo.Domain.Tests.Addresses;

public class AddressBookSpec
{
    internal static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    internal const string AccountId = "customer-1";
    internal static readonly GeoPoint Riviera = new(5.3600, -3.9700);
    internal static readonly GeoPoint Plateau = new(5.3197, -4.0167);

    internal static AddressBookState Given(params AddressBookCommand[] commands) =>
        commands.Aggregate(AddressBook.Initial, (state, c) => Apply(state, AddressBook.Decide(c, state)));

    internal static AddressBookState Apply(AddressBookState state, Decision<AddressBookEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        return decision.Events.Aggregate(state, AddressBook.Evolve);
    }

    internal static AddressBookCommand.Save Save(string id, SavedAddressLabel label, string text, GeoPoint position, string? name = null) =>
        new(AccountId, id, label, name, text, position, T0);

    internal static AddressBookCommand.RecordUse Use(string text, GeoPoint position, DateTimeOffset at, AddressUseKind kind = AddressUseKind.Ride) =>
        new(AccountId, text, position, kind, at);

    private static void Rejected(Decision<AddressBookEvent> decision, RejectionKind kind, string code)
    {
        Assert.True(decision.IsRejected);
        Assert.Equal(code, decision.Rejection!.Code);
        Assert.Equal(kind, decision.Rejection.Kind);
    }

    [Fact]
    public void Given_an_empty_book_When_home_is_saved_Then_it_is_kept_with_its_text_normalized()
    {
        var state = Given(Save("a-1", SavedAddressLabel.Home, "  Riviera 2,   villa 12 ", Riviera));

        Assert.Equal(AccountId, state.AccountId);
        Assert.Equal(new SavedAddress("a-1", SavedAddressLabel.Home, null, "Riviera 2, villa 12", Riviera, T0), Assert.Single(state.Saved));
    }

    [Fact]
    public void Given_a_home_When_another_home_is_saved_Then_it_replaces_the_first()
    {
        var state = Given(Save("a-1", SavedAddressLabel.Home, "Riviera 2", Riviera), Save("a-2", SavedAddressLabel.Home, "Plateau", Plateau));

        Assert.Equal("a-2", Assert.Single(state.Saved).AddressId);
    }

    [Fact]
    public void Given_a_saved_address_When_saved_again_identically_Then_nothing_happens()
    {
        var state = Given(Save("a-1", SavedAddressLabel.Named, "Plateau", Plateau, "Bureau de maman"));

        Assert.Empty(AddressBook.Decide(Save("a-1", SavedAddressLabel.Named, "Plateau", Plateau, "Bureau de maman"), state).Events);
    }

    [Fact]
    public void Given_a_named_address_without_a_name_When_saved_Then_it_is_invalid() =>
        Rejected(AddressBook.Decide(Save("a-1", SavedAddressLabel.Named, "Plateau", Plateau), AddressBook.Initial), RejectionKind.Invalid, "address-book.invalid-name");

    [Fact]
    public void Given_an_address_When_its_text_is_blank_or_its_position_impossible_Then_it_is_invalid()
    {
        Rejected(AddressBook.Decide(Save("a-1", SavedAddressLabel.Home, " ", Plateau), AddressBook.Initial), RejectionKind.Invalid, "address-book.invalid-text");
        Rejected(AddressBook.Decide(Save("a-1", SavedAddressLabel.Home, "Plateau", new GeoPoint(100, 0)), AddressBook.Initial), RejectionKind.Invalid, "address-book.invalid-position");
        Rejected(AddressBook.Decide(Save("a b", SavedAddressLabel.Home, "Plateau", Plateau), AddressBook.Initial), RejectionKind.Invalid, "address-book.invalid-id");
        Rejected(AddressBook.Decide(Use(new string('x', 301), Plateau, T0), AddressBook.Initial), RejectionKind.Invalid, "address-book.invalid-text");
    }

    [Fact]
    public void Given_50_saved_addresses_When_a_new_named_one_is_saved_Then_the_book_is_full_but_home_can_still_be_replaced()
    {
        var state = Given(
        [
            Save("h-1", SavedAddressLabel.Home, "Riviera 2", Riviera),
            .. Enumerable.Range(0, 49).Select(i => Save($"a-{i}", SavedAddressLabel.Named, $"Lieu {i}", Plateau, $"Lieu {i}")),
        ]);

        Rejected(AddressBook.Decide(Save("a-50", SavedAddressLabel.Named, "Lieu 50", Plateau, "Lieu 50"), state), RejectionKind.Conflict, "address-book.full");
        var moved = Apply(state, AddressBook.Decide(Save("h-2", SavedAddressLabel.Home, "Marcory", Plateau), state));
        Assert.Equal(50, moved.Saved.Count);
        Assert.Equal("h-2", moved.Saved.Single(a => a.Label == SavedAddressLabel.Home).AddressId);
    }

    [Fact]
    public void Given_a_saved_address_When_removed_Then_it_is_gone_and_removing_again_does_nothing()
    {
        var state = Given(Save("a-1", SavedAddressLabel.Work, "Plateau", Plateau), new AddressBookCommand.Remove(AccountId, "a-1", T0));

        Assert.Empty(state.Saved);
        Assert.Empty(AddressBook.Decide(new AddressBookCommand.Remove(AccountId, "a-1", T0), state).Events);
    }

    [Fact]
    public void Given_a_book_When_another_account_changes_it_Then_it_is_forbidden() =>
        Rejected(
            AddressBook.Decide(new AddressBookCommand.Remove("customer-2", "a-1", T0), Given(Save("a-1", SavedAddressLabel.Work, "Plateau", Plateau))),
            RejectionKind.Forbidden, "address-book.forbidden");

    [Fact]
    public void Given_a_used_address_When_used_again_nearby_with_the_same_text_Then_the_uses_merge()
    {
        var state = Given(Use("Riviera 2", Riviera, T0), Use("riviera  2", new GeoPoint(5.3603, -3.9700), T0.AddDays(1), AddressUseKind.Delivery)); // ~33 m away

        var use = Assert.Single(state.History);
        Assert.Equal(2, use.Count);
        Assert.Equal(AddressUseKind.Delivery, use.LastKind);
        Assert.Equal(T0.AddDays(1), use.LastUsedAt);
        Assert.Equal(T0, use.FirstUsedAt);
    }

    [Fact]
    public void Given_a_used_address_When_the_same_text_is_used_far_away_or_a_different_text_nearby_Then_they_stay_apart()
    {
        var state = Given(Use("Riviera 2", Riviera, T0), Use("Riviera 2", new GeoPoint(5.3700, -3.9700), T0), Use("Riviera 3", Riviera, T0));

        Assert.Equal(3, state.History.Count);
    }

    [Fact]
    public void Given_a_recorded_use_When_the_same_use_is_delivered_again_Then_it_is_counted_once()
    {
        var state = Given(Use("Riviera 2", Riviera, T0));

        Assert.Empty(AddressBook.Decide(Use("Riviera 2", Riviera, T0), state).Events);
    }

    [Fact]
    public void Given_a_full_history_When_a_new_address_is_used_Then_the_least_recently_used_is_forgotten()
    {
        var state = Given([.. Enumerable.Range(0, AddressBookRules.MaxHistory).Select(i => Use($"Rue {i}", Plateau, T0.AddMinutes(i)))]);
        var touched = Apply(state, AddressBook.Decide(Use("Rue 0", Plateau, T0.AddDays(1)), state));

        var after = Apply(touched, AddressBook.Decide(Use("Rue nouvelle", Riviera, T0.AddDays(2)), touched));

        Assert.Equal(AddressBookRules.MaxHistory, after.History.Count);
        Assert.Contains(after.History, u => u.Text == "Rue 0");
        Assert.Contains(after.History, u => u.Text == "Rue nouvelle");
        Assert.DoesNotContain(after.History, u => u.Text == "Rue 1");
    }

    [Fact]
    public void Given_a_history_When_cleared_Then_saved_addresses_stay()
    {
        var state = Given(Save("a-1", SavedAddressLabel.Home, "Riviera 2", Riviera), Use("Plateau", Plateau, T0), new AddressBookCommand.ClearHistory(AccountId, T0));

        Assert.Empty(state.History);
        Assert.Single(state.Saved);
        Assert.Empty(AddressBook.Decide(new AddressBookCommand.ClearHistory(AccountId, T0), state).Events);
    }

    [Fact]
    public void Given_a_book_When_round_tripped_through_System_Text_Json_Then_nothing_is_lost()
    {
        var json = JsonSerializer.Serialize(Given(Save("a-1", SavedAddressLabel.Home, "Riviera 2", Riviera), Use("Plateau", Plateau, T0)), new JsonSerializerOptions(JsonSerializerDefaults.Web));

        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize<AddressBookState>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)), new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    }
}
