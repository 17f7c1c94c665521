using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts.Login;

public abstract record PhoneLoginEvent : IPersisted
{
    private PhoneLoginEvent()
    {
    }

    public static class V1
    {
        [PersistedAs("phone-login.code-issued.v1")]
        public sealed record CodeIssued(
            [property: NotPersonal("keyed hash of a short-lived code")] string CodeHash,
            DateTimeOffset IssuedAt,
            DateTimeOffset ExpiresAt) : PhoneLoginEvent;

        [PersistedAs("phone-login.wrong-code-entered.v1")]
        public sealed record WrongCodeEntered(int FailedAttempts, DateTimeOffset At) : PhoneLoginEvent;

        [PersistedAs("phone-login.code-locked.v1")]
        public sealed record CodeLocked(DateTimeOffset At) : PhoneLoginEvent;

        [PersistedAs("phone-login.code-accepted.v1")]
        public sealed record CodeAccepted(DateTimeOffset At) : PhoneLoginEvent;

        [PersistedAs("phone-login.account-linked.v1")]
        public sealed record AccountLinked(string AccountId, DateTimeOffset At) : PhoneLoginEvent;
    }
}
