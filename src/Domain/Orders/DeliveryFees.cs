using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Orders;

/// <summary>
/// The flat delivery fee per country, in minor units. PLACEHOLDERS: these values are not agreed with the operating
/// companies and must be replaced by the real tariff before launch (CA 4.99 CAD, CI 1 000 XOF, CD 3 000 CDF).
/// </summary>
public static class DeliveryFees
{
    public static Money For(CountryCode country) => country switch
    {
        CountryCode.CA => new Money(499, Currency.CAD.Code),
        CountryCode.CI => new Money(1_000, Currency.XOF.Code),
        CountryCode.CD => new Money(300_000, Currency.CDF.Code),
        _ => throw new ArgumentOutOfRangeException(nameof(country), country, null),
    };
}
