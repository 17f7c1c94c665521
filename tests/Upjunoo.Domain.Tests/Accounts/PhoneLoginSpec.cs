using Upjunoo.Domain.Accounts.Login;
using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Accounts.Login.PhoneLoginEvent.V1;

namespace Upjunoo.Domain.Tests.Accounts;

public class PhoneLoginSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static (Decision<PhoneLoginEvent> Decision, PhoneLoginState State) When(PhoneLoginState state, PhoneLoginCommand command)
    {
        var decision = PhoneLogin.Decide(command, state);
        return (decision, decision.Events.Aggregate(state, PhoneLogin.Evolve));
    }

    private static PhoneLoginState Given(params PhoneLoginEvent[] events) => events.Aggregate(PhoneLogin.Initial, PhoneLogin.Evolve);

    [Fact]
    public void Given_no_code_When_a_code_is_issued_Then_it_is_valid_five_minutes()
    {
        var (decision, state) = When(Given(), new PhoneLoginCommand.IssueCode("h1", T0));

        var issued = Assert.IsType<CodeIssued>(Assert.Single(decision.Events));
        Assert.Equal(T0.AddMinutes(5), issued.ExpiresAt);
        Assert.Equal("h1", state.Code!.CodeHash);
    }

    [Fact]
    public void Given_five_codes_this_hour_When_a_sixth_is_asked_Then_too_many()
    {
        var state = Given([.. Enumerable.Range(0, 5).Select(i => new CodeIssued($"h{i}", T0.AddMinutes(i * 5), T0.AddMinutes(i * 5 + 5)))]);

        var (decision, _) = When(state, new PhoneLoginCommand.IssueCode("h6", T0.AddMinutes(30)));

        Assert.Equal(RejectionKind.TooManyRequests, decision.Rejection!.Kind);
        Assert.Equal("otp.too-many-sends", decision.Rejection.Code);
    }

    [Fact]
    public void Given_five_codes_more_than_an_hour_ago_When_another_is_asked_Then_it_is_issued()
    {
        var state = Given([.. Enumerable.Range(0, 5).Select(i => new CodeIssued($"h{i}", T0.AddMinutes(i), T0.AddMinutes(i + 5)))]);

        var (decision, _) = When(state, new PhoneLoginCommand.IssueCode("h6", T0.AddMinutes(61)));

        Assert.False(decision.IsRejected);
    }

    [Fact]
    public void Given_a_code_When_the_right_code_is_entered_for_a_new_phone_Then_the_account_is_linked_and_the_code_consumed()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)));

        var (decision, after) = When(state, new PhoneLoginCommand.VerifyCode("right", "acc-1", true, T0.AddMinutes(1)));

        Assert.Collection(decision.Events, e => Assert.IsType<CodeAccepted>(e), e => Assert.Equal("acc-1", Assert.IsType<AccountLinked>(e).AccountId));
        Assert.Null(after.Code);
        Assert.Equal("acc-1", after.AccountId);
    }

    [Fact]
    public void Given_an_existing_account_When_the_right_code_is_entered_Then_the_same_account_is_kept()
    {
        var state = Given(new AccountLinked("acc-1", T0), new CodeIssued("right", T0, T0.AddMinutes(5)));

        var (decision, after) = When(state, new PhoneLoginCommand.VerifyCode("right", "acc-2", false, T0.AddMinutes(1)));

        Assert.IsType<CodeAccepted>(Assert.Single(decision.Events));
        Assert.Equal("acc-1", after.AccountId);
    }

    [Fact]
    public void Given_a_new_phone_When_the_right_code_comes_without_a_name_Then_name_required_and_the_code_stays_valid()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)));

        var (decision, after) = When(state, new PhoneLoginCommand.VerifyCode("right", "acc-1", false, T0.AddMinutes(1)));

        Assert.Equal("auth.name-required", decision.Rejection!.Code);
        Assert.NotNull(after.Code);
    }

    [Fact]
    public void Given_a_code_When_it_is_entered_after_five_minutes_Then_expired()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)));

        var (decision, _) = When(state, new PhoneLoginCommand.VerifyCode("right", "acc-1", true, T0.AddMinutes(5)));

        Assert.Equal("otp.expired", decision.Rejection!.Code);
        Assert.Equal(RejectionKind.Unauthorized, decision.Rejection.Kind);
    }

    [Fact]
    public void Given_a_code_When_a_wrong_code_is_entered_Then_the_attempt_is_recorded()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)));

        var (decision, after) = When(state, new PhoneLoginCommand.VerifyCode("wrong", "acc-1", true, T0.AddMinutes(1)));

        Assert.Equal(1, Assert.IsType<WrongCodeEntered>(Assert.Single(decision.Events)).FailedAttempts);
        Assert.Equal(1, after.Code!.FailedAttempts);
    }

    [Fact]
    public void Given_four_wrong_codes_When_a_fifth_is_entered_Then_the_code_is_locked_even_for_the_right_code()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)));
        for (var i = 0; i < 4; i++)
        {
            state = When(state, new PhoneLoginCommand.VerifyCode("wrong", "acc-1", true, T0.AddSeconds(i))).State;
        }

        var (fifth, locked) = When(state, new PhoneLoginCommand.VerifyCode("wrong", "acc-1", true, T0.AddSeconds(10)));
        var (afterLock, _) = When(locked, new PhoneLoginCommand.VerifyCode("right", "acc-1", true, T0.AddSeconds(11)));

        Assert.Contains(fifth.Events, e => e is CodeLocked);
        Assert.Equal("otp.locked", afterLock.Rejection!.Code);
        Assert.Equal(RejectionKind.TooManyRequests, afterLock.Rejection.Kind);
    }

    [Fact]
    public void Given_no_code_When_one_is_entered_Then_refused()
    {
        var (decision, _) = When(Given(), new PhoneLoginCommand.VerifyCode("x", "acc-1", true, T0));

        Assert.Equal("otp.no-code", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_a_used_code_When_it_is_entered_again_Then_refused()
    {
        var state = Given(new CodeIssued("right", T0, T0.AddMinutes(5)), new CodeAccepted(T0.AddMinutes(1)));

        var (decision, _) = When(state, new PhoneLoginCommand.VerifyCode("right", "acc-1", true, T0.AddMinutes(2)));

        Assert.Equal("otp.no-code", decision.Rejection!.Code);
    }
}
