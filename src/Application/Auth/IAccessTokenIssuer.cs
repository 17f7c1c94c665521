using Upjunoo.Domain.Accounts;

namespace Upjunoo.Application.Auth;

/// <summary>Issues the short-lived signed access token (a JWT in the host) for an account.</summary>
public interface IAccessTokenIssuer
{
    string Issue(AccountState account, DateTimeOffset now, TimeSpan lifetime);
}
