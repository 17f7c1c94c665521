using PhoneNumbers;
using Upjunoo.Domain.Countries;

namespace Upjunoo.Application.Accounts;

/// <summary>Parses what a person typed into an E.164 number (R1), with libphonenumber.</summary>
public static class PhoneNumbers
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form, or null when the input is not a valid number. Without a leading '+', the hint country is assumed.</summary>
    public static string? ToE164(string? input, CountryCode? hint = null)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 32)
        {
            return null;
        }

        try
        {
            var number = Util.Parse(input, hint?.ToString() ?? "ZZ");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>The country of operation a number belongs to, if any.</summary>
    public static CountryCode? CountryOf(string e164)
    {
        var region = Util.GetRegionCodeForNumber(Util.Parse(e164, "ZZ"));
        return Enum.TryParse<CountryCode>(region, out var code) && Enum.IsDefined(code) ? code : null;
    }
}
