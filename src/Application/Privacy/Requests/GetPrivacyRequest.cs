using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Requests;

/// <summary>A request, to its requester or the DPO; anyone else is told it does not exist.</summary>
public sealed record GetPrivacyRequest(Caller Caller, string RequestId) : IRequest<Outcome<PrivacyRequestView>>;

public sealed class GetPrivacyRequestHandler(PrivacyRequestGateway requests) : IRequestHandler<GetPrivacyRequest, Outcome<PrivacyRequestView>>
{
    public static Rejection NotFound { get; } = Rejection.NotFound("privacy-request.not-found", "No such request.");

    public async ValueTask<Outcome<PrivacyRequestView>> Handle(GetPrivacyRequest request, CancellationToken cancellationToken)
    {
        if (!Ids.LooksValid(request.RequestId))
        {
            return NotFound;
        }

        var state = await requests.Get(request.RequestId, cancellationToken);
        var isRequester = state.RequesterId == request.Caller.AccountId;
        return state.Exists && (isRequester || request.Caller.Has(Role.Dpo)) ? PrivacyRequestView.Of(state, isRequester) : NotFound;
    }
}
