using System.Security.Cryptography;
using Microsoft.Extensions.Caching.Memory;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// One random 256-bit data key per data subject, stored wrapped by the <see cref="MasterKey"/> in <c>subject_keys</c>.
/// Erasing a subject deletes their key, which makes every copy of their encrypted data unreadable (crypto-shredding).
/// Unwrapped keys are cached, bounded in number and in age: on a cluster another node may keep using a key for up to
/// <c>cacheTtl</c> after it was erased elsewhere.
/// </summary>
public sealed class SubjectKeyStore : IDisposable
{
    private readonly SubjectKeyTable _table;
    private readonly MasterKey _master;
    private readonly TimeProvider _clock;
    private readonly MemoryCache _cache;
    private readonly TimeSpan _cacheTtl;

    public SubjectKeyStore(DatabaseSetup database, MasterKey master, TimeProvider? clock = null, int cacheSize = 10_000, TimeSpan? cacheTtl = null)
    {
        _table = new SubjectKeyTable(database);
        _master = master;
        _clock = clock ?? TimeProvider.System;
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = cacheSize });
        _cacheTtl = cacheTtl ?? TimeSpan.FromMinutes(5);
    }

    /// <summary>The subject's key, created on first use. Throws <see cref="SubjectErasedException"/> once erased.</summary>
    public byte[] KeyFor(string subjectId)
    {
        CheckId(subjectId);
        if (Lookup(subjectId) is { } known)
        {
            return known.Key ?? throw new SubjectErasedException(subjectId);
        }

        _table.InsertIfAbsent(subjectId, _master.Wrap(subjectId, RandomNumberGenerator.GetBytes(32)), _clock.GetUtcNow());
        return Lookup(subjectId)?.Key ?? throw new SubjectErasedException(subjectId);
    }

    /// <summary>
    /// The key that encrypted data of the subject: false once erased. A subject that never had a key is an
    /// integrity error (data encrypted against another database), not an erasure.
    /// </summary>
    public bool TryGetExistingKey(string subjectId, out byte[] key)
    {
        CheckId(subjectId);
        var known = Lookup(subjectId) ?? throw new InvalidOperationException(
            $"Data encrypted for subject '{subjectId}' has no key in subject_keys, not even an erasure tombstone: "
            + "the journal and the key table do not belong together.");
        key = known.Key ?? [];
        return known.Key is not null;
    }

    public bool IsErased(string subjectId) => Lookup(subjectId) is { Key: null };

    /// <summary>Deletes the subject's key for good, leaving a tombstone. Idempotent; also forbids new data for them.</summary>
    public void Erase(string subjectId)
    {
        CheckId(subjectId);
        _table.Erase(subjectId, _clock.GetUtcNow());
        Remember(subjectId, new CachedKey(null));
    }

    public void Dispose() => _cache.Dispose();

    private CachedKey? Lookup(string subjectId)
    {
        if (_cache.TryGetValue(subjectId, out CachedKey? cached))
        {
            return cached;
        }

        var row = _table.Read(subjectId);
        if (row is null)
        {
            return null;
        }

        var key = row is { Erased: false, WrappedKey: { } wrapped } ? new CachedKey(_master.Unwrap(subjectId, wrapped)) : new CachedKey(null);
        return Remember(subjectId, key);
    }

    private CachedKey Remember(string subjectId, CachedKey key) =>
        _cache.Set(subjectId, key, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _cacheTtl });

    private static void CheckId(string subjectId)
    {
        if (!Ids.LooksValid(subjectId))
        {
            throw new ArgumentException($"'{subjectId}' is not a valid subject id.", nameof(subjectId));
        }
    }

    private sealed record CachedKey(byte[]? Key);
}
