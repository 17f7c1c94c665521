using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Auth;

/// <summary>Trades a refresh token for a new pair; a reused (old) token ends its whole family.</summary>
public sealed record RefreshSession(string? RefreshToken) : IRequest<Outcome<TokenPair>>;

public sealed class RefreshSessionHandler(AccountGateway accounts, SessionIssuer sessions, AuthSettings settings, TimeProvider clock)
    : IRequestHandler<RefreshSession, Outcome<TokenPair>>
{
    public async ValueTask<Outcome<TokenPair>> Handle(RefreshSession request, CancellationToken cancellationToken)
    {
        if (RefreshToken.Parse(request.RefreshToken) is not { } presented)
        {
            return Rejection.Unauthorized("auth.refresh-invalid", "The refresh token is not valid.");
        }

        var now = clock.GetUtcNow();
        var next = RefreshToken.New(presented.AccountId, presented.FamilyId);
        var reply = await accounts.Send(
            presented.AccountId,
            new AccountCommand.RotateSession(
                presented.FamilyId, LoginSecrets.TokenHash(presented.Secret), LoginSecrets.TokenHash(next.Secret), now + settings.RefreshTokenLifetime, now),
            cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection.Kind == Domain.Common.RejectionKind.NotFound
                ? Rejection.Unauthorized("auth.refresh-invalid", "The refresh token is not valid.")
                : rejection;
        }

        if (reply.Events.Any(e => e is AccountEvent.V1.SessionRevoked))
        {
            return Rejection.Unauthorized("auth.refresh-reused", "This refresh token was already used; the session has been ended for safety.");
        }

        return sessions.Pair(reply.State, next, now);
    }
}
