using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Accounts;

public sealed record GetMe(Caller Caller) : IRequest<Outcome<ProfileView>>;

public sealed class GetMeHandler(AccountGateway accounts) : IRequestHandler<GetMe, Outcome<ProfileView>>
{
    public async ValueTask<Outcome<ProfileView>> Handle(GetMe request, CancellationToken cancellationToken)
    {
        var account = await accounts.Get(request.Caller.AccountId, cancellationToken);
        if (account.IsClosed)
        {
            // The token outlives the account by at most its lifetime; a closed account answers as signed out.
            return Rejection.Unauthorized("account.closed", "This account has been closed.");
        }

        return account.IsRegistered ? ProfileView.Of(account) : Rejection.NotFound("account.not-found", "No such account.");
    }
}
