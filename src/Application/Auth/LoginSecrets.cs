using System.Security.Cryptography;
using System.Text;

namespace Upjunoo.Application.Auth;

/// <summary>
/// Keyed hashes for sign-in. A phone number never appears in a persistence id: the login entity is keyed by
/// HMAC(phone), and codes are stored as HMAC(phone-key, code), so a leaked journal reveals neither.
/// </summary>
public sealed class LoginSecrets(byte[] key)
{
    public string PhoneFingerprint(string e164) => Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("phone:" + e164)));

    public string CodeHash(string phoneFingerprint, string code) =>
        Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"otp:{phoneFingerprint}:{code}")));

    public static string TokenHash(string secret) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
