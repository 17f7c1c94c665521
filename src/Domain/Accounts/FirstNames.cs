namespace Upjunoo.Domain.Accounts;

public static class FirstNames
{
    /// <summary>The first word of a full name; what another party may see (R13).</summary>
    public static string Of(string? fullName) =>
        string.IsNullOrWhiteSpace(fullName) ? "" : fullName.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)[0];
}
