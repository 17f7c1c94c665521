using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Ledger;

/// <summary>The DPO places a hold on a person or a case (R18): deletion and retention leave them alone until it ends.</summary>
public sealed record PlaceLegalHold(Caller Caller, string? SubjectId, string? Reason, DateTimeOffset? Until) : IRequest<Outcome<LegalHold>>;

public sealed record ListLegalHolds(Caller Caller, bool IncludeReleased) : IRequest<Outcome<IReadOnlyList<LegalHold>>>;

public sealed record ReleaseLegalHold(Caller Caller, string HoldId) : IRequest<Outcome<LegalHold>>;

public sealed class LegalHoldHandlers(ILegalHolds holds, IIdGenerator ids, TimeProvider clock) :
    IRequestHandler<PlaceLegalHold, Outcome<LegalHold>>,
    IRequestHandler<ListLegalHolds, Outcome<IReadOnlyList<LegalHold>>>,
    IRequestHandler<ReleaseLegalHold, Outcome<LegalHold>>
{
    private static readonly Rejection DpoOnly = Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer manages legal holds.");

    public async ValueTask<Outcome<LegalHold>> Handle(PlaceLegalHold request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return DpoOnly;
        }

        if (!Ids.LooksValid(request.SubjectId))
        {
            return Rejection.Invalid("legal-hold.invalid-subject", "The subject is an account id or a case (trip) id.", "subjectId");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 500)
        {
            return Rejection.Invalid("legal-hold.reason-required", "A hold needs a reason (a case reference), at most 500 characters.", "reason");
        }

        var now = clock.GetUtcNow();
        if (request.Until is { } until && until <= now)
        {
            return Rejection.Invalid("legal-hold.until-past", "The end of a hold is in the future.", "until");
        }

        var hold = new LegalHold(ids.NewId(), request.SubjectId!, request.Reason.Trim(), request.Until, request.Caller.AccountId, now);
        await holds.Place(hold, cancellationToken);
        return hold;
    }

    public async ValueTask<Outcome<IReadOnlyList<LegalHold>>> Handle(ListLegalHolds request, CancellationToken cancellationToken) =>
        request.Caller.Has(Role.Dpo) ? Outcome<IReadOnlyList<LegalHold>>.Ok(await holds.All(request.IncludeReleased, cancellationToken)) : DpoOnly;

    public async ValueTask<Outcome<LegalHold>> Handle(ReleaseLegalHold request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return DpoOnly;
        }

        var now = clock.GetUtcNow();
        if (!await holds.Release(request.HoldId, request.Caller.AccountId, now, cancellationToken))
        {
            return Rejection.NotFound("legal-hold.not-found", "No such hold in force.");
        }

        return (await holds.All(true, cancellationToken)).First(h => h.Id == request.HoldId);
    }
}
