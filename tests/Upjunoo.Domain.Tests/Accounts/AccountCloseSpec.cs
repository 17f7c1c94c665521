using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Tests.Accounts;

public class AccountCloseSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static AccountState When(AccountState state, AccountCommand command) => Account.Decide(command, state).Events.Aggregate(state, Account.Evolve);

    private static AccountState Closed()
    {
        var registered = When(Account.Initial, new AccountCommand.Register("acc-1", "Awa Koné", "+2250701020304", "awa@example.ci", CountryCode.CI, Language.Fr, T0));
        var session = When(registered, new AccountCommand.StartSession("fam-1", "hash", T0.AddDays(30), T0));
        return When(session, new AccountCommand.Close("req-1", T0.AddHours(1)));
    }

    [Fact]
    public void Given_an_account_When_closed_Then_it_keeps_nothing_personal_and_its_sessions_end()
    {
        var closed = Closed();

        Assert.True(closed.IsClosed);
        Assert.Equal(Erased.Text, closed.Name);
        Assert.Null(closed.Email);
        Assert.All(closed.Sessions, s => Assert.True(s.Revoked));
    }

    [Fact]
    public void Given_a_closed_account_When_signing_in_Then_it_is_refused_and_closing_again_does_nothing()
    {
        var closed = Closed();

        var signIn = Account.Decide(new AccountCommand.RecordSignIn(new DeviceInfo("dev-1", null, null, null), null, [], T0.AddDays(1)), closed);
        var again = Account.Decide(new AccountCommand.Close("req-2", T0.AddDays(1)), closed);

        Assert.Equal("account.closed", signIn.Rejection!.Code);
        Assert.Equal(RejectionKind.Forbidden, signIn.Rejection.Kind);
        Assert.Empty(again.Events);
        Assert.False(again.IsRejected);
    }
}
