using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Fares;

/// <summary>
/// How a price is rounded in each currency, in minor units, half away from zero:
/// CAD to the cent (1); XOF to 25 francs, because the smallest coins in use are 25 F and change below that is
/// not given in practice; CDF to the whole franc (100 centimes), since centimes do not circulate.
/// </summary>
public static class MoneyRounding
{
    public static long StepOf(Currency currency) => currency.Code switch
    {
        "XOF" => 25,
        "CDF" => 100,
        _ => 1,
    };

    public static long Round(decimal minorUnits, Currency currency)
    {
        var step = StepOf(currency);
        return (long)Math.Round(minorUnits / step, MidpointRounding.AwayFromZero) * step;
    }
}
