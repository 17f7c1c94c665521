using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy.Requests;
using static Upjunoo.Domain.Privacy.Requests.PrivacyRequestEvent.V1;

namespace Upjunoo.Domain.Tests.Privacy;

public class PrivacyRequestSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static PrivacyRequestState Given(params PrivacyRequestEvent[] events) => events.Aggregate(PrivacyRequest.Initial, PrivacyRequest.Evolve);

    private static PrivacyRequestState Received() => Given(new Received("req-1", "acc-1", PrivacyRequestType.Complaint, "retard", T0.AddDays(30), T0));

    [Fact]
    public void Given_nothing_When_submitting_Then_it_is_received_and_due_in_30_days()
    {
        var decision = PrivacyRequest.Decide(new PrivacyRequestCommand.Submit("req-1", "acc-1", PrivacyRequestType.Export, null, T0), PrivacyRequest.Initial);
        var state = Given([.. decision.Events]);

        Assert.Equal(PrivacyRequestStatus.Received, state.Status);
        Assert.Equal(T0.AddDays(30), state.DueAt);
        Assert.Single(state.History);
    }

    [Fact]
    public void Given_a_received_request_When_submitted_again_Then_nothing_happens()
    {
        var decision = PrivacyRequest.Decide(new PrivacyRequestCommand.Submit("req-1", "acc-1", PrivacyRequestType.Export, null, T0), Received());

        Assert.Empty(decision.Events);
        Assert.False(decision.IsRejected);
    }

    [Fact]
    public void Given_a_completed_request_When_rejecting_Then_it_is_a_conflict()
    {
        var completed = PrivacyRequest.Evolve(Received(), new Completed("dpo-1", "ok", false, T0.AddDays(2)));

        var decision = PrivacyRequest.Decide(new PrivacyRequestCommand.Reject("dpo-1", "non", T0.AddDays(3)), completed);

        Assert.Equal(RejectionKind.Conflict, decision.Rejection!.Kind);
        Assert.Equal([PrivacyRequestStatus.Received, PrivacyRequestStatus.Completed], completed.History.Select(h => h.Status));
    }

    [Fact]
    public void Given_a_received_request_When_rejecting_without_a_reason_Then_it_is_invalid()
    {
        var decision = PrivacyRequest.Decide(new PrivacyRequestCommand.Reject("dpo-1", " ", T0), Received());

        Assert.Equal(RejectionKind.Invalid, decision.Rejection!.Kind);
    }
}
