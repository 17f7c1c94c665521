using Upjunoo.Domain.Identity;

namespace Upjunoo.Domain.Countries;

/// <summary>A country of operation with its operating company (the data controller, R2), currency, language and zone.</summary>
public sealed record Country(
    CountryCode Code,
    string Name,
    string OperatingCompany,
    Currency Currency,
    Language DefaultLanguage,
    string TimeZoneId,
    int CallingCode);
