using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// A priced ride, line by line; every line is already rounded for its currency so the lines add up to
/// <see cref="Total"/>. <see cref="MinimumTopUp"/> lifts a short ride to the tariff's minimum fare.
/// </summary>
public sealed record FareBreakdown(Money Base, Money Distance, Money Time, Money MinimumTopUp, Money Total);
