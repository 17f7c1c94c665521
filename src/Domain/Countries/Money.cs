namespace Upjunoo.Domain.Countries;

/// <summary>An amount in the minor unit of its currency (cents for CAD and CDF, francs for XOF).</summary>
public readonly record struct Money(long Amount, string Currency)
{
    public static Money Zero(Currency currency) => new(0, currency.Code);

    public Money Plus(Money other)
    {
        if (!string.Equals(Currency, other.Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Cannot add {other.Currency} to {Currency}.");
        }

        return this with { Amount = Amount + other.Amount };
    }

    public override string ToString() => $"{Amount} {Currency}";
}
