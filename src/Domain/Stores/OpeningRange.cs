namespace Upjunoo.Domain.Stores;

/// <summary>
/// One span of opening on a weekday, in the store's local time. When <see cref="Closes"/> is not after
/// <see cref="Opens"/> the span runs past midnight into the next day (Fri 18:00–02:00); equal times mean 24 hours.
/// </summary>
public sealed record OpeningRange(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes)
{
    public bool PastMidnight => Closes <= Opens;

    public bool IsValid => Enum.IsDefined(Day);

    /// <summary>Whether this span covers the local wall-clock <paramref name="day"/> and <paramref name="time"/>.</summary>
    public bool Covers(DayOfWeek day, TimeOnly time)
    {
        if (!PastMidnight)
        {
            return day == Day && time >= Opens && time < Closes;
        }

        var nextDay = (DayOfWeek)(((int)Day + 1) % 7);
        return (day == Day && time >= Opens) || (day == nextDay && time < Closes);
    }
}
