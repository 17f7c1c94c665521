using Upjunoo.Domain.Common;
using Upjunoo.Domain.Tickets;
using static Upjunoo.Domain.Tickets.TicketEvent.V1;

namespace Upjunoo.Domain.Tests.Tickets;

public class SupportTicketSpec
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static TicketCommand.Open Open(TicketKind kind = TicketKind.Complaint) =>
        new("k1", "customer-1", "Awa", kind, "Retard", "Le chauffeur est arrivé en retard", "t1", null, T0);

    private static TicketState Given(params TicketCommand[] commands) =>
        commands.Aggregate(SupportTicket.Initial, (state, c) =>
        {
            var decision = SupportTicket.Decide(c, state);
            Assert.False(decision.IsRejected, decision.Rejection?.Code);
            return decision.Events.Aggregate(state, SupportTicket.Evolve);
        });

    [Fact]
    public void Given_no_ticket_When_a_customer_opens_one_Then_it_is_open_with_the_first_message()
    {
        var state = Given(Open());

        Assert.Equal(TicketStatus.Open, state.Status);
        Assert.Equal("Le chauffeur est arrivé en retard", Assert.Single(state.Messages).Text);
    }

    [Fact]
    public void A_ticket_goes_open_assigned_resolved_and_is_reopened_when_the_customer_writes_again()
    {
        var assigned = Given(Open(), new TicketCommand.Assign("agent-1", T0));
        var resolved = Given(Open(), new TicketCommand.Assign("agent-1", T0), new TicketCommand.Resolve("agent-1", "Remboursé", T0));

        var reopening = SupportTicket.Decide(new TicketCommand.Post("m2", "customer-1", false, "Awa", "Pas reçu", T0), resolved);

        Assert.Equal(TicketStatus.Assigned, assigned.Status);
        Assert.Equal(TicketStatus.Resolved, resolved.Status);
        Assert.IsType<Reopened>(reopening.Events[0]);
        Assert.Equal(TicketStatus.Reopened, reopening.Events.Aggregate(resolved, SupportTicket.Evolve).Status);
    }

    [Fact]
    public void Given_a_contested_decision_When_the_system_tries_to_resolve_it_Then_only_a_person_may()
    {
        var state = Given(Open(TicketKind.ContestDecision));

        var decision = SupportTicket.Decide(new TicketCommand.Resolve("system", "auto", T0), state);

        Assert.Equal(RejectionKind.Forbidden, decision.Rejection?.Kind);
        Assert.True(TicketRules.IsPriority(TicketKind.ContestDecision));
    }

    [Fact]
    public void Given_a_purged_ticket_Then_its_texts_are_gone_and_it_is_not_found()
    {
        var state = Given(Open(), new TicketCommand.Resolve("agent-1", "ok", T0), new TicketCommand.Purge(T0.AddDays(90)));

        Assert.False(state.Exists);
        Assert.Empty(state.Messages);
        Assert.Null(state.Subject);
        Assert.Equal(RejectionKind.NotFound, SupportTicket.Decide(new TicketCommand.Assign("agent-1", T0), state).Rejection?.Kind);
    }
}
