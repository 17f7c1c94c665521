namespace Upjunoo.Domain.Privacy;

/// <summary>
/// What personal data reads as once its subject has been erased (their key deleted). Strings read as
/// <see cref="Text"/>; a type may offer its own value through a public static <c>Erased</c> member
/// (<see cref="Geo.GeoPoint.Erased"/>); other nullable or composite values read as null.
/// </summary>
public static class Erased
{
    public const string Text = "[erased]";

    public static bool Is(string? value) => string.Equals(value, Text, StringComparison.Ordinal);
}
