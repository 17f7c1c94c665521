using Upjunoo.Domain.Identity;

namespace Upjunoo.Host.Localization;

/// <summary>The language of a request: <c>Accept-Language</c> first (by quality), then the token's <c>lang</c> claim, then English (R30).</summary>
public static class RequestLanguage
{
    public static Language Of(HttpContext context) =>
        Requested(context) ?? (Enum.TryParse<Language>(context.User.FindFirst(AccessTokenClaims.Language)?.Value, ignoreCase: true, out var fromToken)
            ? fromToken
            : Language.En);

    /// <summary>The language the request asks for in <c>Accept-Language</c>, if it names fr or en.</summary>
    public static Language? Requested(HttpContext context)
    {
        var accepted = context.Request.GetTypedHeaders().AcceptLanguage;
        foreach (var value in accepted.OrderByDescending(v => v.Quality ?? 1))
        {
            var tag = value.Value.Value ?? "";
            if (tag.StartsWith("fr", StringComparison.OrdinalIgnoreCase))
            {
                return Language.Fr;
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Language.En;
            }
        }

        return null;
    }
}
