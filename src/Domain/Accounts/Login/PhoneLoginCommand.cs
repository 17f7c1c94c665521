namespace Upjunoo.Domain.Accounts.Login;

/// <summary>Commands to the one-time-code login of one phone number (keyed by a keyed hash of the number).</summary>
public abstract record PhoneLoginCommand(DateTimeOffset Now)
{
    /// <summary>A new code was generated and will be sent; only its keyed hash is kept.</summary>
    public sealed record IssueCode(string CodeHash, DateTimeOffset Now) : PhoneLoginCommand(Now);

    /// <summary>
    /// The user typed a code. <paramref name="NewAccountId"/> is used if the phone has no account yet, which is only
    /// allowed when <paramref name="CanCreateAccount"/> (the app sent a name); otherwise the right code is kept for a retry.
    /// </summary>
    public sealed record VerifyCode(string CodeHash, string NewAccountId, bool CanCreateAccount, DateTimeOffset Now) : PhoneLoginCommand(Now);
}
