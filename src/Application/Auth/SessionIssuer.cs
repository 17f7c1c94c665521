using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Auth;

/// <summary>Starts a new refresh-token family for an account and issues the first token pair.</summary>
public sealed class SessionIssuer(AccountGateway accounts, IAccessTokenIssuer tokens, AuthSettings settings, IIdGenerator ids)
{
    public async Task<Outcome<TokenPair>> Start(AccountState account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var refresh = RefreshToken.New(account.AccountId!, ids.NewId());
        var reply = await accounts.Send(
            account.AccountId!,
            new AccountCommand.StartSession(refresh.FamilyId, LoginSecrets.TokenHash(refresh.Secret), now + settings.RefreshTokenLifetime, now),
            cancellationToken);
        return reply.Rejection is { } rejection ? rejection : Pair(reply.State, refresh, now);
    }

    public TokenPair Pair(AccountState account, RefreshToken refresh, DateTimeOffset now) => new(
        tokens.Issue(account, now, settings.AccessTokenLifetime),
        refresh.ToString(),
        (int)settings.AccessTokenLifetime.TotalSeconds,
        new SignedInUser(account.AccountId!, account.Name!, [.. account.Roles.Select(RoleNames.Of)], account.Country.ToString()));
}
