namespace Upjunoo.Domain.Stores;

/// <summary>
/// When a store takes orders: spans per weekday in the store's local time. The caller passes the zone of the
/// store's country (<c>Country.TimeZoneId</c>), so the domain never looks a zone up itself.
/// </summary>
public sealed record OpeningHours(IReadOnlyList<OpeningRange> Ranges)
{
    public const int MaxRanges = 28;

    public static OpeningHours Closed { get; } = new([]);

    /// <summary>The same span every day of the week.</summary>
    public static OpeningHours Daily(TimeOnly opens, TimeOnly closes) =>
        new([.. Enum.GetValues<DayOfWeek>().Select(d => new OpeningRange(d, opens, closes))]);

    public bool IsValid => Ranges is not null && Ranges.Count <= MaxRanges && Ranges.All(r => r is not null && r.IsValid);

    public bool IsOpenAt(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay);
        return Ranges.Any(r => r.Covers(local.DayOfWeek, time));
    }

    // Value equality over the spans, so that an unchanged schedule is recognised as an idempotent repeat.
    public bool Equals(OpeningHours? other) =>
        other is not null && (ReferenceEquals(this, other) || Ranges.SequenceEqual(other.Ranges));

    public override int GetHashCode() => Ranges.Aggregate(Ranges.Count, HashCode.Combine);
}
