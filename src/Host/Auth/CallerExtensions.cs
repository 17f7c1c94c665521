using System.Security.Claims;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Identity;
using Upjunoo.Host.Localization;

namespace Upjunoo.Host.Auth;

public static class CallerExtensions
{
    /// <summary>The authenticated caller of a request that passed <c>RequireAuthorization</c>.</summary>
    public static Caller Caller(this HttpContext context)
    {
        var user = context.User;
        var id = user.FindFirstValue(AccessTokenClaims.Subject)
            ?? throw new InvalidOperationException("Caller() used on an endpoint without authorization.");
        var roles = user.FindAll(AccessTokenClaims.Role)
            .Select(c => RoleNames.TryParse(c.Value, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToList();
        return new Caller(id, roles, RequestLanguage.Of(context));
    }
}
