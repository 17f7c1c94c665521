using System.Globalization;

namespace Upjunoo.Simulator.Population;

/// <summary>
/// Mobile numbers the host's libphonenumber accepts, in E.164: Côte d'Ivoire +225 01/05/07 + 8 digits (10 national
/// digits); DR Congo +243 81/82/84/85/89/97/98/99 + 7 digits (9 national digits); Canada +1 with a real area code of the
/// city and an exchange that is neither N11 nor 555 (555 is reserved for fiction).
/// </summary>
public static class PhoneNumbers
{
    private static readonly string[] IvorianPrefixes = ["07", "05", "01"];
    private static readonly string[] CongolesePrefixes = ["81", "82", "84", "85", "89", "97", "98", "99"];
    private static readonly string[] TorontoAreaCodes = ["416", "647", "437"];
    private static readonly string[] MontrealAreaCodes = ["514", "438"];

    public static string For(City city, Random random) => city.Country switch
    {
        "CI" => "+225" + Pick(IvorianPrefixes, random) + Digits(random, 8),
        "CD" => "+243" + Pick(CongolesePrefixes, random) + Digits(random, 7),
        "CA" => "+1" + Pick(city == Cities.Montreal ? MontrealAreaCodes : TorontoAreaCodes, random) + Exchange(random) + Digits(random, 4),
        _ => throw new ArgumentOutOfRangeException(nameof(city), city.Country, "No numbering plan for this country."),
    };

    private static string Exchange(Random random)
    {
        while (true)
        {
            var nxx = random.Next(200, 1000);
            if (nxx != 555 && nxx % 100 != 11)
            {
                return nxx.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    private static string Digits(Random random, int count)
    {
        Span<char> digits = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }
}
