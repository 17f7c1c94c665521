using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Safety;

namespace Upjunoo.Domain.Tests.Safety;

public class SafetyCardSpec
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static SafetyCommand.SetContacts Set(params EmergencyContact[] contacts) => new("customer-1", contacts, T0);

    [Fact]
    public void Given_no_contacts_When_the_user_picks_up_to_five_Then_they_are_kept_once_each()
    {
        var decision = SafetyCard.Decide(Set(new(" Maman ", "+2250700000001"), new("Maman bis", "+2250700000001"), new("Ibrahim", "+2250700000002")), SafetyCard.Initial);

        var state = decision.Events.Aggregate(SafetyCard.Initial, SafetyCard.Evolve);
        Assert.Equal(["Maman", "Ibrahim"], state.Contacts.Select(c => c.Name));
    }

    [Fact]
    public void Given_no_contacts_When_the_user_picks_six_or_a_non_E164_number_Then_it_is_invalid()
    {
        var six = Enumerable.Range(0, 6).Select(i => new EmergencyContact($"C{i}", $"+22507000000{i:D2}")).ToArray();

        Assert.Equal("safety.too-many-contacts", SafetyCard.Decide(Set(six), SafetyCard.Initial).Rejection?.Code);
        Assert.Equal("safety.invalid-contact-phone", SafetyCard.Decide(Set(new EmergencyContact("X", "0700000001")), SafetyCard.Initial).Rejection?.Code);
    }

    [Fact]
    public void Given_a_card_When_another_account_changes_it_Then_it_is_forbidden()
    {
        var state = SafetyCard.Decide(Set(new EmergencyContact("Maman", "+2250700000001")), SafetyCard.Initial).Events.Aggregate(SafetyCard.Initial, SafetyCard.Evolve);

        var decision = SafetyCard.Decide(new SafetyCommand.SetContacts("intruder", [], T0), state);

        Assert.Equal(RejectionKind.Forbidden, decision.Rejection?.Kind);
    }

    [Fact]
    public void An_sos_is_recorded_once_and_the_history_is_bounded()
    {
        var state = SafetyCard.Initial;
        for (var i = 0; i < SafetyRules.MaxAlertsKept + 3; i++)
        {
            var sos = new SafetyCommand.RecordSos("customer-1", $"a{i}", new GeoPoint(5.3, -4.0), null, 2, $"k{i}", T0.AddMinutes(i));
            state = SafetyCard.Decide(sos, state).Events.Aggregate(state, SafetyCard.Evolve);
            Assert.Empty(SafetyCard.Decide(sos, state).Events);
        }

        Assert.Equal(SafetyRules.MaxAlertsKept, state.Alerts.Count);
        Assert.Equal($"a{SafetyRules.MaxAlertsKept + 2}", state.Alerts[^1].AlertId);
    }
}
