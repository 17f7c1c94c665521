using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Addresses;

public static class AddressBookRules
{
    public const int MaxSaved = 50;
    public const int MaxHistory = 200;
    public const int MaxTextLength = 300;
    public const int MaxNameLength = 60;

    /// <summary>Two uses closer than this, with the same text, are the same address.</summary>
    public const double SamePlaceM = 50;

    /// <summary>A use loses half its weight in the ranking every this many days.</summary>
    public const double HalfLifeDays = 30;

    public static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static bool IsSamePlace(string textA, GeoPoint a, string textB, GeoPoint b) =>
        string.Equals(Normalize(textA), Normalize(textB), StringComparison.OrdinalIgnoreCase) && Haversine.DistanceM(a, b) <= SamePlaceM;
}
