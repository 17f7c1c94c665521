using Upjunoo.Domain.Countries;

namespace Upjunoo.Application.Stores;

/// <summary>The time zone a store's opening hours are read in: its country's.</summary>
public static class StoreZones
{
    public static TimeZoneInfo Of(CountryCode country) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(Countries.Of(country).TimeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
}
