using Microsoft.IdentityModel.Tokens;

namespace Upjunoo.Host.Auth;

/// <summary>The HMAC key that signs access tokens (<c>Upjunoo:Keys:Jwt</c>, or generated into the data folder).</summary>
public sealed class JwtKeys(byte[] key)
{
    public SymmetricSecurityKey SigningKey { get; } = new(key) { KeyId = "upjunoo-1" };
}
