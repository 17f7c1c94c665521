using Mediator;
using Upjunoo.Application.Auth;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;

namespace Upjunoo.Application.Accounts;

public sealed record RequestStoreProfile(Caller Caller) : IRequest<Outcome<ProfileView>>;

public sealed class RequestStoreProfileHandler(AccountGateway accounts, AuthSettings settings, TimeProvider clock)
    : IRequestHandler<RequestStoreProfile, Outcome<ProfileView>>
{
    public async ValueTask<Outcome<ProfileView>> Handle(RequestStoreProfile request, CancellationToken cancellationToken)
    {
        var reply = await accounts.Send(
            request.Caller.AccountId, new AccountCommand.RequestStoreProfile(settings.AutoApprovePartners, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : ProfileView.Of(reply.State);
    }
}
