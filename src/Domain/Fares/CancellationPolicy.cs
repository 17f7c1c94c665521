using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// What a rider pays for cancelling: nothing before a driver is assigned or within <see cref="FreeWindow"/>
/// after assignment; <see cref="LateFee"/> afterwards; <see cref="ArrivedFee"/> once the driver is at the pickup.
/// Amounts are in minor units of the country's currency.
/// </summary>
public sealed record CancellationPolicy(CountryCode Country, Currency Currency, TimeSpan FreeWindow, long LateFee, long ArrivedFee)
{
    public static IReadOnlyList<CancellationPolicy> All { get; } =
    [
        new(CountryCode.CA, Currency.CAD, TimeSpan.FromMinutes(2), LateFee: 500, ArrivedFee: 700),
        new(CountryCode.CI, Currency.XOF, TimeSpan.FromMinutes(2), LateFee: 500, ArrivedFee: 1000),
        new(CountryCode.CD, Currency.CDF, TimeSpan.FromMinutes(3), LateFee: 200_000, ArrivedFee: 300_000),
    ];

    public static CancellationPolicy For(CountryCode country) => All.Single(p => p.Country == country);

    /// <summary>The fee for a rider cancelling at <paramref name="now"/>.</summary>
    public Money RiderFee(DateTimeOffset? assignedAt, bool driverArrived, DateTimeOffset now)
    {
        var amount = driverArrived ? ArrivedFee
            : assignedAt is { } at && now - at > FreeWindow ? LateFee
            : 0;
        return new Money(amount, Currency.Code);
    }
}
