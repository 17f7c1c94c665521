namespace Upjunoo.Domain.Accounts;

public static class AccountRules
{
    public const int MaxNameLength = 100;
    public const int MaxEmailLength = 254;
    public const int MaxSessions = 20;

    public static bool IsPlausibleEmail(string email) =>
        email.Length <= MaxEmailLength && email.IndexOf('@', StringComparison.Ordinal) is > 0 and var at
        && at < email.Length - 3 && email.IndexOf('.', at) > at + 1 && !email.Any(char.IsWhiteSpace);
}
