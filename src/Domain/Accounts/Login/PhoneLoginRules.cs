namespace Upjunoo.Domain.Accounts.Login;

public static class PhoneLoginRules
{
    public const int CodeDigits = 6;
    public static readonly TimeSpan CodeValidity = TimeSpan.FromMinutes(5);
    public const int MaxWrongAttempts = 5;
    public const int MaxSendsPerWindow = 5;
    public static readonly TimeSpan SendWindow = TimeSpan.FromHours(1);
}
