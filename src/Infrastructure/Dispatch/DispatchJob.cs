using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Infrastructure.Dispatch;

/// <summary>
/// What a job is looking for right now: where the partner goes first, which service, how many offers were made
/// already, who must not be asked (earlier attempts, the customer), and the partner the customer chose, if any.
/// </summary>
public sealed record DispatchRequest(GeoPoint Pickup, string? Service, int AttemptsSoFar, IReadOnlySet<string> Excluded, string? ChosenPartnerId = null);

/// <summary>
/// How a <see cref="Dispatcher"/> talks to the job that owns it: the job's kind and the kind of partner it needs,
/// and the job's own commands, which the actor runs through its decider (so the journal stays the only truth).
/// </summary>
public sealed class DispatchJob
{
    public required JobKind Kind { get; init; }

    public required PartnerKind PartnerKind { get; init; }

    /// <summary>The job's current needs, or null when it needs no partner now (assigned, ended, an offer pending).</summary>
    public required Func<DispatchRequest?> Current { get; init; }

    /// <summary>Record the offer to a reserved partner; false when the job refused it (the partner is then released).</summary>
    public required Func<string, DateTimeOffset, bool> RecordOffer { get; init; }

    /// <summary>The offer timer fired for this partner.</summary>
    public required Action<string> ExpireOffer { get; init; }

    /// <summary>Dispatch gives up: no partner could be found.</summary>
    public required Action NoPartnerFound { get; init; }

    /// <summary>The partner the customer chose could not be reserved (busy or offline).</summary>
    public Action<string>? ChosenPartnerBusy { get; init; }
}
