using Upjunoo.Domain.Addresses;
using Upjunoo.Domain.Geo;
using static Upjunoo.Domain.Tests.Addresses.AddressBookSpec;

namespace Upjunoo.Domain.Tests.Addresses;

public class AddressSuggestionsSpec
{
    private static readonly GeoPoint Marcory = new(5.3030, -3.9800);
    private static readonly GeoPoint Yopougon = new(5.3450, -4.0800);

    private static AddressBookCommand.RecordUse[] Uses(string text, GeoPoint position, int count, DateTimeOffset from) =>
        [.. Enumerable.Range(0, count).Select(i => Use(text, position, from.AddMinutes(i)))];

    [Fact]
    public void Given_a_history_When_ranked_without_a_query_Then_the_most_used_come_first()
    {
        var book = Given([.. Uses("Marcory Zone 4", Marcory, 2, T0), .. Uses("Plateau, Avenue Chardy", Plateau, 5, T0), .. Uses("Yopougon Sideci", Yopougon, 1, T0)]);

        var ranked = AddressSuggestions.Rank(book, null, null, T0.AddHours(1));

        Assert.Equal(["Plateau, Avenue Chardy", "Marcory Zone 4", "Yopougon Sideci"], ranked.Select(s => s.Text));
        Assert.Equal(5, ranked[0].UseCount);
    }

    [Fact]
    public void Given_an_address_used_often_long_ago_When_ranked_Then_recent_uses_outweigh_it()
    {
        var book = Given([.. Uses("Marcory Zone 4", Marcory, 4, T0), .. Uses("Yopougon Sideci", Yopougon, 2, T0.AddDays(90))]);

        var ranked = AddressSuggestions.Rank(book, null, null, T0.AddDays(91));

        Assert.Equal("Yopougon Sideci", ranked[0].Text); // 4 × ½³ = 0.5 < 2 × ~1
    }

    [Fact]
    public void Given_saved_addresses_When_ranked_Then_they_come_first_home_then_work_then_named_and_are_not_repeated_from_history()
    {
        var book = Given(
        [
            .. Uses("Plateau, Avenue Chardy", Plateau, 9, T0),
            .. Uses("Riviera 2", Riviera, 1, T0),
            Save("n-1", SavedAddressLabel.Named, "Marcory Zone 4", Marcory, "Chez Tantie"),
            Save("w-1", SavedAddressLabel.Work, "Plateau, Avenue Chardy", Plateau),
            Save("h-1", SavedAddressLabel.Home, "Riviera 2", Riviera),
        ]);

        var ranked = AddressSuggestions.Rank(book, null, null, T0.AddHours(1));

        Assert.Equal(["h-1", "w-1", "n-1"], ranked.Select(s => s.SavedAddressId));
        Assert.Equal(9, ranked[1].UseCount);
    }

    [Fact]
    public void Given_a_query_When_ranked_Then_only_matching_addresses_come_back_ignoring_case_and_accents()
    {
        var book = Given(
        [
            .. Uses("École Sainte-Marie, Cocody", Riviera, 1, T0),
            .. Uses("Marcory Zone 4", Marcory, 3, T0),
            Save("n-1", SavedAddressLabel.Named, "Yopougon Sideci", Yopougon, "Chez Tantie"),
        ]);

        Assert.Equal(["École Sainte-Marie, Cocody"], AddressSuggestions.Rank(book, "ecole", null, T0).Select(s => s.Text));
        Assert.Equal(["Yopougon Sideci"], AddressSuggestions.Rank(book, "tantie", null, T0).Select(s => s.Text));
        Assert.Empty(AddressSuggestions.Rank(book, "Bingerville", null, T0));
    }

    [Fact]
    public void Given_two_addresses_used_equally_When_ranked_near_one_of_them_Then_the_near_one_comes_first()
    {
        var book = Given([.. Uses("Marcory Zone 4", Marcory, 2, T0), .. Uses("Yopougon Sideci", Yopougon, 2, T0)]);

        Assert.Equal("Yopougon Sideci", AddressSuggestions.Rank(book, null, new GeoPoint(5.3460, -4.0790), T0)[0].Text);
        Assert.Equal("Marcory Zone 4", AddressSuggestions.Rank(book, null, new GeoPoint(5.3040, -3.9810), T0)[0].Text);
    }

    [Fact]
    public void Given_many_addresses_When_ranked_with_a_limit_Then_at_most_that_many_come_back()
    {
        var book = Given([.. Enumerable.Range(0, 20).Select(i => Use($"Rue {i}", new GeoPoint(5.30 + (i * 0.01), -4.0), T0))]);

        Assert.Equal(AddressSuggestions.DefaultLimit, AddressSuggestions.Rank(book, null, null, T0).Count);
        Assert.Equal(3, AddressSuggestions.Rank(book, "rue", null, T0, limit: 3).Count);
    }

    [Fact]
    public void Given_an_empty_book_When_ranked_Then_there_are_no_suggestions() =>
        Assert.Empty(AddressSuggestions.Rank(AddressBook.Initial, "x", null, T0));
}
