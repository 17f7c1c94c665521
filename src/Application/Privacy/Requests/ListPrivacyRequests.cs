using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>The DPO's queue, oldest due first, optionally by status.</summary>
public sealed record ListPrivacyRequests(Caller Caller, string? Status) : IRequest<Outcome<IReadOnlyList<PrivacyRequestSummary>>>;

public sealed class ListPrivacyRequestsHandler(IPrivacyRequestIndex index) : IRequestHandler<ListPrivacyRequests, Outcome<IReadOnlyList<PrivacyRequestSummary>>>
{
    private static readonly string[] Statuses = ["received", "inProgress", "completed", "rejected"];

    public async ValueTask<Outcome<IReadOnlyList<PrivacyRequestSummary>>> Handle(ListPrivacyRequests request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer sees the queue.");
        }

        if (request.Status is { } status && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            return Rejection.Invalid("validation", "The status is received, inProgress, completed or rejected.", "status");
        }

        return Outcome<IReadOnlyList<PrivacyRequestSummary>>.Ok(await index.ByStatus(request.Status, 200, cancellationToken));
    }
}
