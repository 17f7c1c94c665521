using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Safety;

/// <summary>One account's emergency contacts and its recent SOS alerts (R8).</summary>
[PersistedAs("safety.state.v1")]
public sealed record SafetyState(
    [property: DataSubject] string? AccountId,
    IReadOnlyList<EmergencyContact> Contacts,
    IReadOnlyList<SosAlert> Alerts) : IPersisted
{
    public static SafetyState Empty { get; } = new(null, [], []);
}
