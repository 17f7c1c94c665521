using Upjunoo.Domain.Common;
using static Upjunoo.Domain.Privacy.Consents.PrivacyProfileEvent.V1;

namespace Upjunoo.Domain.Privacy.Consents;

/// <summary>Consents per purpose (R14) and restriction of processing (R20) of one account.</summary>
public sealed class PrivacyProfile : IDecider<PrivacyProfileState, PrivacyProfileCommand, PrivacyProfileEvent>
{
    public const int MaxChannelLength = 32;

    public static PrivacyProfileState Initial => PrivacyProfileState.Empty;

    public static Decision<PrivacyProfileEvent> Decide(PrivacyProfileCommand command, PrivacyProfileState state) => command switch
    {
        PrivacyProfileCommand.RecordConsent c => Consent(c, state),
        PrivacyProfileCommand.Restrict c => state.RestrictedSince is not null
            ? Decision<PrivacyProfileEvent>.Nothing
            : Decision<PrivacyProfileEvent>.Accept(new ProcessingRestricted(c.AccountId, c.RequestId, c.Now)),
        PrivacyProfileCommand.LiftRestriction c => state.RestrictedSince is null
            ? Decision<PrivacyProfileEvent>.Nothing
            : Decision<PrivacyProfileEvent>.Accept(new RestrictionLifted(c.Now)),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static Decision<PrivacyProfileEvent> Consent(PrivacyProfileCommand.RecordConsent c, PrivacyProfileState state)
    {
        if (string.IsNullOrWhiteSpace(c.Channel) || c.Channel.Length > MaxChannelLength || c.PolicyVersion < 1)
        {
            return Rejection.Invalid("consent.invalid", "A consent needs a channel and a policy version.");
        }

        return state.Of(c.Purpose) is { } current && current.Granted == c.Granted && current.PolicyVersion == c.PolicyVersion
            ? Decision<PrivacyProfileEvent>.Nothing
            : Decision<PrivacyProfileEvent>.Accept(new ConsentRecorded(c.AccountId, c.Purpose, c.Granted, c.Channel, c.PolicyVersion, c.Now));
    }

    public static PrivacyProfileState Evolve(PrivacyProfileState state, PrivacyProfileEvent @event) => @event switch
    {
        ConsentRecorded e => state with
        {
            AccountId = e.AccountId,
            Consents = [.. state.Consents.Where(c => c.Purpose != e.Purpose), new ConsentRecord(e.Purpose, e.Granted, e.At, e.Channel, e.PolicyVersion)],
        },
        ProcessingRestricted e => state with { AccountId = e.AccountId, RestrictedSince = e.At },
        RestrictionLifted => state with { RestrictedSince = null },
        _ => state,
    };
}
