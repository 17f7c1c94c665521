using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Privacy.Requests;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>The DPO completes (with a note) or rejects (with a reason) a request.</summary>
public sealed record AnswerPrivacyRequest(Caller Caller, string RequestId, bool Complete, string? Text) : IRequest<Outcome<PrivacyRequestView>>;

public sealed class AnswerPrivacyRequestHandler(PrivacyRequestGateway requests, TimeProvider clock)
    : IRequestHandler<AnswerPrivacyRequest, Outcome<PrivacyRequestView>>
{
    public async ValueTask<Outcome<PrivacyRequestView>> Handle(AnswerPrivacyRequest request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo))
        {
            return Rejection.Forbidden("privacy.dpo-only", "Only the data-protection officer answers requests.");
        }

        if (!Ids.LooksValid(request.RequestId) || !(await requests.Get(request.RequestId, cancellationToken)).Exists)
        {
            return GetPrivacyRequestHandler.NotFound;
        }

        var now = clock.GetUtcNow();
        PrivacyRequestCommand command = request.Complete
            ? new PrivacyRequestCommand.Complete(request.Caller.AccountId, request.Text, false, now)
            : new PrivacyRequestCommand.Reject(request.Caller.AccountId, request.Text ?? "", now);
        var reply = await requests.Send(request.RequestId, command, cancellationToken);
        return reply.Rejection is { } rejection ? rejection : PrivacyRequestView.Of(reply.State, false);
    }
}
