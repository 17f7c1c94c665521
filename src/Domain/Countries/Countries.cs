using Upjunoo.Domain.Identity;

namespace Upjunoo.Domain.Countries;

/// <summary>The catalogue of countries of operation.</summary>
public static class Countries
{
    public static readonly Country Canada = new(
        CountryCode.CA, "Canada", "Upjunoo Canada Inc.", Currency.CAD, Language.En, "America/Toronto", 1);

    public static readonly Country CoteDIvoire = new(
        CountryCode.CI, "Côte d'Ivoire", "Upjunoo Côte d'Ivoire SARL", Currency.XOF, Language.Fr, "Africa/Abidjan", 225);

    public static readonly Country DrCongo = new(
        CountryCode.CD, "République démocratique du Congo", "Upjunoo RDC SARL", Currency.CDF, Language.Fr, "Africa/Kinshasa", 243);

    public static IReadOnlyList<Country> All { get; } = [Canada, CoteDIvoire, DrCongo];

    public static Country Of(CountryCode code) => All.Single(c => c.Code == code);

    public static Country? Find(string? code) =>
        Enum.TryParse<CountryCode>(code, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? Of(parsed) : null;
}
