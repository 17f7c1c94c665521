using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// Encrypts personal data with its subject's key (AES-256-GCM; associated data = subject id and category), for the
/// journal serializer, read models and blobs alike. Text becomes <c>enc:v1:{subject}:{base64(nonce|ciphertext|tag)}</c>;
/// once the subject is erased it reads as erased (<see cref="Erased.Text"/>, or false / null), never as an error.
/// Changing the category of a stored field changes the associated data: that needs a new version of the type.
/// </summary>
public sealed class PersonalDataProtector(SubjectKeyStore keys)
{
    public const string Prefix = "enc:v1:";
    public const string ErasedPrefix = "erased:v1:";
    private const byte BlobVersion = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public SubjectKeyStore Keys { get; } = keys;

    public static bool IsProtected(string? value) =>
        value is not null && (value.StartsWith(Prefix, StringComparison.Ordinal) || value.StartsWith(ErasedPrefix, StringComparison.Ordinal));

    /// <summary>What is written instead of personal data of a subject already erased.</summary>
    public static string ErasedMarker(string subjectId) => ErasedPrefix + subjectId;

    /// <summary>Throws <see cref="SubjectErasedException"/> when the subject was erased (nothing new is kept of them).</summary>
    public string Protect(string subjectId, DataCategory category, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return Prefix + subjectId + ":" + Convert.ToBase64String(Seal(subjectId, category, Encoding.UTF8.GetBytes(plaintext)));
    }

    /// <summary>The plaintext, or <see cref="Erased.Text"/> when the subject was erased.</summary>
    public string Unprotect(string protectedValue, DataCategory category) =>
        TryUnprotect(protectedValue, category, out var plaintext) ? plaintext : Erased.Text;

    /// <summary>False when the subject was erased; throws when the value is not protected or was tampered with.</summary>
    public bool TryUnprotect(string protectedValue, DataCategory category, [NotNullWhen(true)] out string? plaintext)
    {
        ArgumentNullException.ThrowIfNull(protectedValue);
        plaintext = null;
        if (protectedValue.StartsWith(ErasedPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = protectedValue.LastIndexOf(':');
        if (!protectedValue.StartsWith(Prefix, StringComparison.Ordinal) || separator <= Prefix.Length)
        {
            throw new FormatException("Not a protected value (expected enc:v1:{subject}:{data}).");
        }

        var subjectId = protectedValue[Prefix.Length..separator];
        var opened = Open(subjectId, category, Convert.FromBase64String(protectedValue[(separator + 1)..]));
        plaintext = opened is null ? null : Encoding.UTF8.GetString(opened);
        return opened is not null;
    }

    /// <summary>A blob as <c>version | subject length | subject | nonce | ciphertext | tag</c>.</summary>
    public byte[] Protect(string subjectId, DataCategory category, byte[] plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var subject = Encoding.UTF8.GetBytes(subjectId);
        var sealedData = Seal(subjectId, category, plaintext);
        return [BlobVersion, (byte)subject.Length, .. subject, .. sealedData];
    }

    /// <summary>The blob's plaintext, or null when the subject was erased.</summary>
    public byte[]? Unprotect(byte[] protectedBlob, DataCategory category)
    {
        ArgumentNullException.ThrowIfNull(protectedBlob);
        if (protectedBlob.Length < 2 || protectedBlob[0] != BlobVersion || protectedBlob.Length < 2 + protectedBlob[1] + NonceSize + TagSize)
        {
            throw new FormatException("Not a protected blob.");
        }

        var subjectId = Encoding.UTF8.GetString(protectedBlob, 2, protectedBlob[1]);
        return Open(subjectId, category, protectedBlob.AsSpan(2 + protectedBlob[1]));
    }

    private byte[] Seal(string subjectId, DataCategory category, ReadOnlySpan<byte> plaintext)
    {
        var key = Keys.KeyFor(subjectId);
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length), Aad(subjectId, category));
        return output;
    }

    private byte[]? Open(string subjectId, DataCategory category, ReadOnlySpan<byte> sealedData)
    {
        if (sealedData.Length < NonceSize + TagSize)
        {
            throw new FormatException($"Protected data of subject '{subjectId}' is truncated.");
        }

        if (!Keys.TryGetExistingKey(subjectId, out var key))
        {
            return null;
        }

        var plaintext = new byte[sealedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedData[..NonceSize], sealedData.Slice(NonceSize, plaintext.Length), sealedData[(NonceSize + plaintext.Length)..], plaintext, Aad(subjectId, category));
        return plaintext;
    }

    private static byte[] Aad(string subjectId, DataCategory category) => Encoding.UTF8.GetBytes($"{subjectId}|{category}");
}
