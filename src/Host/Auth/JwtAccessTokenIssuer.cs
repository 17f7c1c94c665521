using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Upjunoo.Application.Auth;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Host.Auth;

public sealed class JwtAccessTokenIssuer(JwtKeys keys) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public string Issue(AccountState account, DateTimeOffset now, TimeSpan lifetime)
    {
        var claims = new List<Claim>
        {
            new(AccessTokenClaims.Subject, account.AccountId!),
            new(AccessTokenClaims.Language, account.Language.ToString().ToLowerInvariant()),
            new(AccessTokenClaims.Country, account.Country.ToString()),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(AccessTokenClaims.Role, RoleNames.Of(r))));
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = AccessTokenClaims.Issuer,
            Audience = AccessTokenClaims.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
