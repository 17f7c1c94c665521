namespace Upjunoo.Domain.Countries;

/// <summary>A currency and the number of digits of its minor unit (XOF has none, CAD and CDF have cents).</summary>
public sealed record Currency(string Code, int MinorDigits)
{
    public static readonly Currency CAD = new("CAD", 2);
    public static readonly Currency XOF = new("XOF", 0);
    public static readonly Currency CDF = new("CDF", 2);

    public static IReadOnlyList<Currency> All { get; } = [CAD, XOF, CDF];

    public static Currency? Find(string? code) =>
        All.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
}
