using Upjunoo.Domain.Privacy.Consents;

namespace Upjunoo.Domain.Tests.Privacy;

public class PrivacyProfileSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static PrivacyProfileState When(PrivacyProfileState state, PrivacyProfileCommand command) =>
        PrivacyProfile.Decide(command, state).Events.Aggregate(state, PrivacyProfile.Evolve);

    [Fact]
    public void Given_nothing_Then_no_purpose_is_allowed()
    {
        Assert.False(PrivacyProfile.Initial.Allows(ConsentPurpose.Marketing));
    }

    [Fact]
    public void Given_a_consent_When_withdrawn_Then_it_is_recorded_with_time_channel_and_policy_version()
    {
        var granted = When(PrivacyProfile.Initial, new PrivacyProfileCommand.RecordConsent("acc-1", ConsentPurpose.Marketing, true, "app", 1, T0));
        var withdrawn = When(granted, new PrivacyProfileCommand.RecordConsent("acc-1", ConsentPurpose.Marketing, false, "support", 2, T0.AddDays(1)));

        Assert.True(granted.Allows(ConsentPurpose.Marketing));
        Assert.False(withdrawn.Allows(ConsentPurpose.Marketing));
        Assert.Equal(new ConsentRecord(ConsentPurpose.Marketing, false, T0.AddDays(1), "support", 2), withdrawn.Of(ConsentPurpose.Marketing));
    }

    [Fact]
    public void Given_a_consent_When_processing_is_restricted_Then_nothing_is_allowed_until_lifted()
    {
        var granted = When(PrivacyProfile.Initial, new PrivacyProfileCommand.RecordConsent("acc-1", ConsentPurpose.Analytics, true, "app", 1, T0));
        var restricted = When(granted, new PrivacyProfileCommand.Restrict("acc-1", "req-1", T0));
        var lifted = When(restricted, new PrivacyProfileCommand.LiftRestriction(T0.AddDays(2)));

        Assert.False(restricted.Allows(ConsentPurpose.Analytics));
        Assert.True(lifted.Allows(ConsentPurpose.Analytics));
    }

    [Fact]
    public void Given_the_same_answer_under_the_same_version_Then_nothing_is_recorded_again()
    {
        var granted = When(PrivacyProfile.Initial, new PrivacyProfileCommand.RecordConsent("acc-1", ConsentPurpose.Marketing, true, "app", 1, T0));

        Assert.Empty(PrivacyProfile.Decide(new PrivacyProfileCommand.RecordConsent("acc-1", ConsentPurpose.Marketing, true, "app", 1, T0), granted).Events);
    }
}
