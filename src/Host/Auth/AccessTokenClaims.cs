namespace Upjunoo.Host;

public static class AccessTokenClaims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Language = "lang";
    public const string Country = "country";
    public const string Issuer = "upjunoo";
    public const string Audience = "upjunoo-apps";
}
