using System.Security.Cryptography;

namespace Upjunoo.Application.Auth;

/// <summary>A refresh token: <c>{accountId}.{familyId}.{secret}</c>. Only a hash of the secret is stored.</summary>
public sealed record RefreshToken(string AccountId, string FamilyId, string Secret)
{
    public override string ToString() => $"{AccountId}.{FamilyId}.{Secret}";

    public static RefreshToken New(string accountId, string familyId) =>
        new(accountId, familyId, Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static RefreshToken? Parse(string? token)
    {
        var parts = token?.Split('.') ?? [];
        return parts.Length == 3 && parts.All(p => p.Length is > 0 and <= 64 && p.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            ? new RefreshToken(parts[0], parts[1], parts[2])
            : null;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
