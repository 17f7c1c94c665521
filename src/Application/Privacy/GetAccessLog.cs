using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy;

/// <summary>The staff access log (R22), for the data-protection officer and operators; filter by the resource (a ticket id).</summary>
public sealed record GetAccessLog(Caller Caller, string? ResourceId, int? Limit) : IRequest<Outcome<IReadOnlyList<AccessRecord>>>;

public sealed class GetAccessLogHandler(IAccessLog log) : IRequestHandler<GetAccessLog, Outcome<IReadOnlyList<AccessRecord>>>
{
    public async ValueTask<Outcome<IReadOnlyList<AccessRecord>>> Handle(GetAccessLog request, CancellationToken cancellationToken) =>
        request.Caller.Has(Role.Dpo) || request.Caller.Has(Role.Operator)
            ? Outcome<IReadOnlyList<AccessRecord>>.Ok(await log.Of(request.ResourceId, Math.Clamp(request.Limit ?? 100, 1, 500), cancellationToken))
            : Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer and operators read the access log.");
}
