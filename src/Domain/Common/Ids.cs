namespace Upjunoo.Domain.Common;

/// <summary>Shapes of opaque ids; ids themselves are generated outside the domain and passed in.</summary>
public static class Ids
{
    public static bool LooksValid(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
