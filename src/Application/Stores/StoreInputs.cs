using System.Globalization;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Application.Stores;

/// <summary>One opening span on the wire: <c>{day: "mon", opens: "08:00", closes: "22:00"}</c>, closing past midnight allowed.</summary>
public sealed record OpeningSpanInput(string? Day, string? Opens, string? Closes);

/// <summary>One product on the wire; a product without id gets a new one.</summary>
public sealed record ProductInput(string? ProductId, string? Name, Domain.Countries.Money? Price, bool? Available, string? Category);

public static class StoreInputs
{
    private static readonly string[] DayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>The spans as opening hours, or null (and an error on <c>openingHours</c>) when one does not parse.</summary>
    public static OpeningHours? Hours(IReadOnlyList<OpeningSpanInput>? spans, Dictionary<string, string[]> errors)
    {
        if (spans is null)
        {
            errors["openingHours"] = ["Opening hours are a list of {day, opens, closes} (an empty list: always closed)."];
            return null;
        }

        var ranges = new List<OpeningRange>(spans.Count);
        foreach (var span in spans)
        {
            var day = Array.FindIndex(DayNames, d => span?.Day is { Length: >= 3 } name && name[..3].Equals(d, StringComparison.OrdinalIgnoreCase));
            if (span is null || day < 0 || !Time(span.Opens, out var opens) || !Time(span.Closes, out var closes))
            {
                errors["openingHours"] = ["Each span is {day: mon…sun, opens: \"HH:mm\", closes: \"HH:mm\"}; closing at or before opening runs past midnight."];
                return null;
            }

            ranges.Add(new OpeningRange((DayOfWeek)day, opens, closes));
        }

        return new OpeningHours(ranges);
    }

    public static IReadOnlyList<OpeningSpanInput> Spans(OpeningHours hours) =>
        [.. hours.Ranges.Select(r => new OpeningSpanInput(DayNames[(int)r.Day], r.Opens.ToString("HH:mm", CultureInfo.InvariantCulture), r.Closes.ToString("HH:mm", CultureInfo.InvariantCulture)))];

    private static bool Time(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
