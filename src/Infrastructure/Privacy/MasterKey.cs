using System.Security.Cryptography;
using System.Text;
using Upjunoo.Infrastructure.Security;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// The key that wraps every subject's data key (AES-GCM, 256 bits): <c>Upjunoo:Keys:Master</c> (base64), or one
/// generated on first start into the data folder. Subject keys are stored only wrapped, so a copy of the database
/// alone reveals nothing; every node of a cluster must be given the same master key.
/// </summary>
public sealed class MasterKey
{
    public const string ConfigurationKey = "Upjunoo:Keys:Master";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public MasterKey(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
        {
            throw new InvalidMasterKeyException($"The master key ({ConfigurationKey}) must be 32 bytes (base64 of 256 random bits); it is {key.Length}.");
        }

        _key = key;
    }

    public static MasterKey Load(string? configuredBase64, string dataDirectory)
    {
        try
        {
            return new MasterKey(KeyFile.LoadOrCreate(configuredBase64, dataDirectory, "master"));
        }
        catch (FormatException e)
        {
            throw new InvalidMasterKeyException($"The master key ({ConfigurationKey}) is not valid base64.", e);
        }
    }

    public byte[] Wrap(string subjectId, byte[] dataKey)
    {
        var sealedKey = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = sealedKey.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, dataKey, sealedKey.AsSpan(NonceSize, dataKey.Length), sealedKey.AsSpan(NonceSize + dataKey.Length), Aad(subjectId));
        return sealedKey;
    }

    public byte[] Unwrap(string subjectId, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(wrapped);
        if (wrapped.Length <= NonceSize + TagSize)
        {
            throw new InvalidMasterKeyException($"The stored key of subject '{subjectId}' is truncated.");
        }

        var dataKey = new byte[wrapped.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(wrapped.AsSpan(0, NonceSize), wrapped.AsSpan(NonceSize, dataKey.Length), wrapped.AsSpan(NonceSize + dataKey.Length), dataKey, Aad(subjectId));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new InvalidMasterKeyException(
                $"The master key ({ConfigurationKey}) cannot unwrap the key of subject '{subjectId}': it is not the master key the "
                + "subject keys of this database were wrapped with (check the configuration, or the keys folder of the data directory).", e);
        }

        return dataKey;
    }

    // Binding the wrapped key to its subject stops a row's key being copied onto another subject's row.
    private static byte[] Aad(string subjectId) => Encoding.UTF8.GetBytes("subject-key:" + subjectId);
}
