using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// The price list of one service in one country. Every amount is in the minor unit of <see cref="Currency"/>
/// (cents for CAD and CDF, francs for XOF), like <see cref="Money"/>.
/// </summary>
public sealed record Tariff(
    CountryCode Country,
    ServiceType Service,
    Currency Currency,
    long BaseFare,
    long PerKm,
    long PerMinute,
    long MinimumFare);
