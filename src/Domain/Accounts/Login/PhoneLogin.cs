using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Accounts.Login.PhoneLoginEvent.V1;

namespace Upjunoo.Domain.Accounts.Login;

/// <summary>
/// One-time-code sign-in for one phone number: at most 5 codes an hour, each valid 5 minutes, locked after
/// 5 wrong tries. A wrong try is a fact worth persisting, so it is an event; the caller reads the outcome from it.
/// </summary>
public sealed class PhoneLogin : IDecider<PhoneLoginState, PhoneLoginCommand, PhoneLoginEvent>
{
    public static PhoneLoginState Initial => PhoneLoginState.Empty;

    public static Decision<PhoneLoginEvent> Decide(PhoneLoginCommand command, PhoneLoginState state) => command switch
    {
        PhoneLoginCommand.IssueCode c => Issue(c, state),
        PhoneLoginCommand.VerifyCode c => Verify(c, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static Decision<PhoneLoginEvent> Issue(PhoneLoginCommand.IssueCode c, PhoneLoginState state)
    {
        var recent = state.RecentSends.Count(at => c.Now - at < PhoneLoginRules.SendWindow);
        if (recent >= PhoneLoginRules.MaxSendsPerWindow)
        {
            return Rejection.TooMany("otp.too-many-sends", "Too many codes were requested for this phone in the last hour.");
        }

        return Decision<PhoneLoginEvent>.Accept(new CodeIssued(c.CodeHash, c.Now, c.Now + PhoneLoginRules.CodeValidity));
    }

    private static Decision<PhoneLoginEvent> Verify(PhoneLoginCommand.VerifyCode c, PhoneLoginState state)
    {
        if (state.Code is not { } code)
        {
            return Rejection.Unauthorized("otp.no-code", "No code is pending for this phone; request one first.");
        }

        if (code.Locked)
        {
            return Rejection.TooMany("otp.locked", "Too many wrong codes; request a new code.");
        }

        if (c.Now >= code.ExpiresAt)
        {
            return Rejection.Unauthorized("otp.expired", "The code has expired; request a new one.");
        }

        if (!string.Equals(code.CodeHash, c.CodeHash, StringComparison.Ordinal))
        {
            var attempts = code.FailedAttempts + 1;
            return attempts >= PhoneLoginRules.MaxWrongAttempts
                ? Decision<PhoneLoginEvent>.Accept(new WrongCodeEntered(attempts, c.Now), new CodeLocked(c.Now))
                : Decision<PhoneLoginEvent>.Accept(new WrongCodeEntered(attempts, c.Now));
        }

        if (state.AccountId is null && !c.CanCreateAccount)
        {
            return Rejection.Invalid("auth.name-required", "This is a new account: a name is required.", "name");
        }

        return state.AccountId is null
            ? Decision<PhoneLoginEvent>.Accept(new CodeAccepted(c.Now), new AccountLinked(c.NewAccountId, c.Now))
            : Decision<PhoneLoginEvent>.Accept(new CodeAccepted(c.Now));
    }

    public static PhoneLoginState Evolve(PhoneLoginState state, PhoneLoginEvent @event) => @event switch
    {
        CodeIssued e => state with
        {
            Code = new OneTimeCode(e.CodeHash, e.ExpiresAt, 0, false),
            RecentSends = [.. state.RecentSends.Where(at => e.IssuedAt - at < PhoneLoginRules.SendWindow), e.IssuedAt],
        },
        WrongCodeEntered e => state with { Code = state.Code! with { FailedAttempts = e.FailedAttempts } },
        CodeLocked => state with { Code = state.Code! with { Locked = true } },
        CodeAccepted => state with { Code = null },
        AccountLinked e => state with { AccountId = e.AccountId },
        _ => state,
    };
}
