using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>Prices a ride from its distance and duration with the tariff of its country and service.</summary>
public static class FareCalculator
{
    public static Money Estimate(CountryCode country, ServiceType service, int distanceM, int durationSeconds) =>
        Price(country, service, distanceM, durationSeconds).Total;

    public static FareBreakdown Price(CountryCode country, ServiceType service, int distanceM, int durationSeconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(distanceM);
        ArgumentOutOfRangeException.ThrowIfNegative(durationSeconds);

        var tariff = Tariffs.For(country, service);
        var currency = tariff.Currency;
        var baseFare = MoneyRounding.Round(tariff.BaseFare, currency);
        var distance = MoneyRounding.Round(tariff.PerKm * (decimal)distanceM / 1000m, currency);
        var time = MoneyRounding.Round(tariff.PerMinute * (decimal)durationSeconds / 60m, currency);
        var subtotal = baseFare + distance + time;
        var topUp = Math.Max(0, MoneyRounding.Round(tariff.MinimumFare, currency) - subtotal);

        Money M(long amount) => new(amount, currency.Code);
        return new FareBreakdown(M(baseFare), M(distance), M(time), M(topUp), M(subtotal + topUp));
    }
}
