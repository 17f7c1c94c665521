using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Domain.Tests.Stores;

public class OpeningHoursSpec
{
    private static readonly TimeZoneInfo Toronto = Zone(CountryCode.CA);
    private static readonly TimeZoneInfo Abidjan = Zone(CountryCode.CI);
    private static readonly TimeZoneInfo Kinshasa = Zone(CountryCode.CD);

    private static TimeZoneInfo Zone(CountryCode country) => TimeZoneInfo.FindSystemTimeZoneById(Countries.Countries.Of(country).TimeZoneId);

    private static readonly OpeningHours WeekdaysNineToFive = new(
        [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningRange(d, new TimeOnly(9, 0), new TimeOnly(17, 0)))]);

    // Friday and Saturday nights 18:00 → 02:00 the next morning.
    private static readonly OpeningHours LateNights = new(
    [
        new OpeningRange(DayOfWeek.Friday, new TimeOnly(18, 0), new TimeOnly(2, 0)),
        new OpeningRange(DayOfWeek.Saturday, new TimeOnly(18, 0), new TimeOnly(2, 0)),
    ]);

    private static DateTimeOffset Utc(int day, int hour, int minute = 0) => new(2025, 3, day, hour, minute, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(3, 9, 0, true)] // Monday 09:00 opens
    [InlineData(3, 16, 59, true)]
    [InlineData(3, 17, 0, false)] // closing time is exclusive
    [InlineData(3, 8, 59, false)]
    [InlineData(1, 12, 0, false)] // Saturday
    public void Given_weekday_hours_in_Abidjan_When_asked_at_an_instant_Then_UTC_is_local_time(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, WeekdaysNineToFive.IsOpenAt(Utc(day, hour, minute), Abidjan));

    [Theory]
    [InlineData(3, 8, 0, true)] // 09:00 in Kinshasa (UTC+1)
    [InlineData(3, 7, 59, false)]
    [InlineData(3, 16, 0, false)] // 17:00 local
    public void Given_weekday_hours_in_Kinshasa_When_asked_at_an_instant_Then_the_zone_shifts_by_one_hour(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, WeekdaysNineToFive.IsOpenAt(Utc(day, hour, minute), Kinshasa));

    [Theory]
    [InlineData(3, 14, 0, true)] // 09:00 EST (UTC-5) on Monday 3 March
    [InlineData(3, 13, 59, false)]
    [InlineData(3, 22, 0, false)] // 17:00 EST
    [InlineData(10, 13, 0, true)] // 09:00 EDT (UTC-4): summer time began on 9 March 2025
    [InlineData(10, 12, 59, false)]
    public void Given_weekday_hours_in_Toronto_When_asked_across_the_daylight_saving_change_Then_local_time_is_used(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, WeekdaysNineToFive.IsOpenAt(Utc(day, hour, minute), Toronto));

    [Fact]
    public void Given_a_UTC_instant_that_is_still_Sunday_evening_in_Toronto_When_asked_Then_the_local_weekday_counts() =>
        Assert.False(WeekdaysNineToFive.IsOpenAt(Utc(3, 2, 0), Toronto)); // Monday 02:00 UTC is Sunday 21:00 EST

    [Theory]
    [InlineData(7, 18, 0, true)] // Friday 18:00
    [InlineData(7, 23, 59, true)]
    [InlineData(8, 0, 0, true)] // past midnight, Saturday 00:00 belongs to Friday's span
    [InlineData(8, 1, 59, true)]
    [InlineData(8, 2, 0, false)]
    [InlineData(8, 12, 0, false)]
    [InlineData(9, 1, 0, true)] // Sunday 01:00 belongs to Saturday's span
    [InlineData(10, 1, 0, false)] // Monday 01:00: Sunday has no span
    [InlineData(7, 1, 0, false)] // Friday 01:00: Thursday has no span
    public void Given_spans_past_midnight_When_asked_in_the_small_hours_Then_they_belong_to_the_previous_day(int day, int hour, int minute, bool open) =>
        Assert.Equal(open, LateNights.IsOpenAt(Utc(day, hour, minute), Abidjan));

    [Fact]
    public void Given_a_span_past_midnight_on_Saturday_When_it_is_early_Sunday_Then_the_week_wraps() =>
        Assert.True(new OpeningRange(DayOfWeek.Saturday, new TimeOnly(22, 0), new TimeOnly(3, 0)).Covers(DayOfWeek.Sunday, new TimeOnly(2, 0)));

    [Fact]
    public void Given_a_span_with_equal_opening_and_closing_When_asked_at_any_time_that_day_or_before_it_ends_Then_it_is_open_24_hours()
    {
        var allDay = new OpeningHours([new OpeningRange(DayOfWeek.Monday, new TimeOnly(0, 0), new TimeOnly(0, 0))]);

        Assert.True(allDay.IsOpenAt(Utc(3, 0, 0), Abidjan));
        Assert.True(allDay.IsOpenAt(Utc(3, 23, 59), Abidjan));
        Assert.False(allDay.IsOpenAt(Utc(4, 0, 0), Abidjan));
    }

    [Fact]
    public void Given_no_spans_When_asked_Then_the_store_is_closed() =>
        Assert.False(OpeningHours.Closed.IsOpenAt(Utc(3, 12), Abidjan));

    [Fact]
    public void Given_two_schedules_with_the_same_spans_When_compared_Then_they_are_equal()
    {
        var a = OpeningHours.Daily(new TimeOnly(8, 0), new TimeOnly(22, 0));
        var b = OpeningHours.Daily(new TimeOnly(8, 0), new TimeOnly(22, 0));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, OpeningHours.Daily(new TimeOnly(8, 0), new TimeOnly(21, 0)));
    }

    [Fact]
    public void Given_too_many_spans_When_validated_Then_they_are_invalid() =>
        Assert.False(new OpeningHours([.. Enumerable.Repeat(new OpeningRange(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(9, 0)), 29)]).IsValid);
}
