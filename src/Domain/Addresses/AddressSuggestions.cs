using System.Globalization;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Addresses;

/// <summary>
/// Suggests addresses from an address book (R6). Saved addresses that match come first (home, work, then named, each
/// by use); then the history, ranked by use count with recency decay (a use halves in weight every
/// <see cref="AddressBookRules.HalfLifeDays"/> days), boosted when close to <c>near</c>. History entries that are a
/// saved address are not repeated.
/// </summary>
public static class AddressSuggestions
{
    public const int DefaultLimit = 10;

    /// <summary>Within this distance of <c>near</c> a suggestion weighs up to twice as much.</summary>
    public const double NearBoostM = 5_000;

    public static IReadOnlyList<AddressSuggestion> Rank(
        AddressBookState book, string? query, GeoPoint? near, DateTimeOffset now, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(book);
        var q = string.IsNullOrWhiteSpace(query) ? null : AddressBookRules.Normalize(query);

        var saved = book.Saved
            .Where(a => Matches(a.Text, q) || (a.Name is not null && Matches(a.Name, q)))
            .Select(a =>
            {
                var use = book.FindUse(a.Text, a.Position) ?? book.History.FirstOrDefault(u => Haversine.DistanceM(u.Position, a.Position) <= AddressBookRules.SamePlaceM);
                return new AddressSuggestion(
                    a.Text, a.Position, a.AddressId, a.Label, a.Name, use?.Count ?? 0, use?.LastUsedAt, Score(use, near, a.Position, now));
            })
            .OrderBy(s => s.Label)
            .ThenByDescending(s => s.Score)
            .ThenBy(s => s.Text, StringComparer.Ordinal);

        var history = book.History
            .Where(u => Matches(u.Text, q) && !book.Saved.Any(a => Haversine.DistanceM(u.Position, a.Position) <= AddressBookRules.SamePlaceM))
            .Select(u => new AddressSuggestion(u.Text, u.Position, null, null, null, u.Count, u.LastUsedAt, Score(u, near, u.Position, now)))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.LastUsedAt)
            .ThenBy(s => s.Text, StringComparer.Ordinal);

        return [.. saved.Concat(history).Take(Math.Max(0, limit))];
    }

    /// <summary>Uses weighted by recency: count × ½^(days since last use ÷ half-life), × up to 2 when near.</summary>
    public static double Score(AddressUse? use, GeoPoint? near, GeoPoint position, DateTimeOffset now)
    {
        var days = use is null ? 0 : Math.Max(0, (now - use.LastUsedAt).TotalDays);
        var weight = (use?.Count ?? 0) * Math.Pow(0.5, days / AddressBookRules.HalfLifeDays);
        if (near is { } n && n.IsValid)
        {
            weight *= 1 + Math.Max(0, 1 - (Haversine.DistanceM(n, position) / NearBoostM));
        }

        return weight;
    }

    // Case- and accent-insensitive: "cocody" finds "Cocody", "ecole" finds "École".
    private static bool Matches(string text, string? query) =>
        query is null
        || CultureInfo.InvariantCulture.CompareInfo.IndexOf(text, query, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0;
}
