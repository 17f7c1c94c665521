using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Accounts;

/// <summary>Rectification of one's own name, e-mail or language (R20).</summary>
public sealed record RectifyMe(Caller Caller, string? Name, string? Email, string? Language) : IRequest<Outcome<ProfileView>>;

public sealed class RectifyMeHandler(AccountGateway accounts, TimeProvider clock) : IRequestHandler<RectifyMe, Outcome<ProfileView>>
{
    public async ValueTask<Outcome<ProfileView>> Handle(RectifyMe request, CancellationToken cancellationToken)
    {
        Language? language = null;
        if (request.Language is not null)
        {
            if (!Enum.TryParse<Language>(request.Language, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return Rejection.Invalid("account.invalid-language", "The language must be fr or en.", "language");
            }

            language = parsed;
        }

        var reply = await accounts.Send(
            request.Caller.AccountId, new AccountCommand.Rectify(request.Name, request.Email, language, clock.GetUtcNow()), cancellationToken);
        return reply.Rejection is { } rejection ? rejection : ProfileView.Of(reply.State);
    }
}
