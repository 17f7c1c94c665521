using Upjunoo.Domain.Identity;

namespace Upjunoo.Host.Localization;

/// <summary>The language of a request: <c>Accept-Language</c> first (by quality), then the token's <c>lang</c> claim, then English (R30).</summary>
public static class RequestLanguage
{
    public static Language Of(HttpContext context)
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

        var claim = context.User.FindFirst(AccessTokenClaims.Language)?.Value;
        return Enum.TryParse<Language>(claim, ignoreCase: true, out var fromToken) ? fromToken : Language.En;
    }
}
