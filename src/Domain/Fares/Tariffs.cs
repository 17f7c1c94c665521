using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// The tariff catalogue. Plausible starting values in the range of city ride-hailing prices in Canada (CAD),
/// Abidjan (XOF) and Kinshasa (CDF, quoted in whole francs); not verified market data; each operating company
/// sets the real ones.
/// </summary>
public static class Tariffs
{
    public static IReadOnlyList<Tariff> All { get; } =
    [
        // Canada, cents.
        new(CountryCode.CA, ServiceType.Standard, Currency.CAD, BaseFare: 350, PerKm: 95, PerMinute: 35, MinimumFare: 800),
        new(CountryCode.CA, ServiceType.Comfort, Currency.CAD, BaseFare: 500, PerKm: 130, PerMinute: 45, MinimumFare: 1100),
        new(CountryCode.CA, ServiceType.Moto, Currency.CAD, BaseFare: 250, PerKm: 70, PerMinute: 25, MinimumFare: 600),
        new(CountryCode.CA, ServiceType.Delivery, Currency.CAD, BaseFare: 400, PerKm: 80, PerMinute: 20, MinimumFare: 700),

        // Côte d'Ivoire, francs CFA (no minor unit).
        new(CountryCode.CI, ServiceType.Standard, Currency.XOF, BaseFare: 500, PerKm: 250, PerMinute: 25, MinimumFare: 1000),
        new(CountryCode.CI, ServiceType.Comfort, Currency.XOF, BaseFare: 800, PerKm: 350, PerMinute: 35, MinimumFare: 1500),
        new(CountryCode.CI, ServiceType.Moto, Currency.XOF, BaseFare: 200, PerKm: 125, PerMinute: 10, MinimumFare: 500),
        new(CountryCode.CI, ServiceType.Delivery, Currency.XOF, BaseFare: 500, PerKm: 150, PerMinute: 10, MinimumFare: 1000),

        // RD Congo, centimes (100 per franc congolais); prices are whole francs.
        new(CountryCode.CD, ServiceType.Standard, Currency.CDF, BaseFare: 200_000, PerKm: 150_000, PerMinute: 10_000, MinimumFare: 500_000),
        new(CountryCode.CD, ServiceType.Comfort, Currency.CDF, BaseFare: 300_000, PerKm: 200_000, PerMinute: 15_000, MinimumFare: 750_000),
        new(CountryCode.CD, ServiceType.Moto, Currency.CDF, BaseFare: 100_000, PerKm: 80_000, PerMinute: 5_000, MinimumFare: 250_000),
        new(CountryCode.CD, ServiceType.Delivery, Currency.CDF, BaseFare: 150_000, PerKm: 100_000, PerMinute: 5_000, MinimumFare: 400_000),
    ];

    public static Tariff For(CountryCode country, ServiceType service) =>
        All.FirstOrDefault(t => t.Country == country && t.Service == service)
        ?? throw new ArgumentOutOfRangeException(nameof(service), service, $"No tariff for {service} in {country}.");
}
