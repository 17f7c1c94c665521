using System.Globalization;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Localization;

/// <summary>Money as a person reads it: "2 500 F CFA", "12,50 $ CA" in French; "XOF 2,500", "CA$12.50" in English (R30).</summary>
public static class MoneyText
{
    public static string Of(Money money, Language language)
    {
        var digits = Currency.Find(money.Currency)?.MinorDigits ?? 2;
        var major = money.Amount / (decimal)Math.Pow(10, digits);
        var format = new NumberFormatInfo
        {
            NumberGroupSeparator = language == Language.Fr ? "\u202F" : ",",
            NumberDecimalSeparator = language == Language.Fr ? "," : ".",
            NumberDecimalDigits = digits,
        };
        var number = major.ToString("N", format);
        return (money.Currency, language) switch
        {
            ("XOF", Language.Fr) => $"{number} F CFA",
            ("XOF", _) => $"XOF {number}",
            ("CAD", Language.Fr) => $"{number} $ CA",
            ("CAD", _) => $"CA${number}",
            ("CDF", Language.Fr) => $"{number} FC",
            ("CDF", _) => $"CDF {number}",
            _ => $"{number} {money.Currency}",
        };
    }
}
