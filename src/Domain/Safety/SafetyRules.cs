namespace Upjunoo.Domain.Safety;

public static class SafetyRules
{
    public const int MaxContacts = 5;
    public const int MaxNameLength = 60;
    public const int MaxAlertsKept = 50;

    /// <summary>An E.164 number: '+' then 8 to 15 digits (the application normalises what the user typed).</summary>
    public static bool IsE164(string? phone) =>
        phone is { Length: >= 9 and <= 16 } && phone[0] == '+' && phone.Skip(1).All(char.IsAsciiDigit);
}
