using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Common;

/// <summary>
/// The port to stored media (proof-of-delivery photos, R5). The adapter encrypts each blob with its subject's key, so
/// erasing the person makes their blobs unreadable (R20); <see cref="Get"/> then answers null.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the bytes and answers the new blob's opaque id.</summary>
    Task<string> Put(byte[] content, string contentType, DataCategory category, string subjectId, CancellationToken cancellationToken);

    /// <summary>The blob, or null when it does not exist or its subject was erased.</summary>
    Task<StoredBlob?> Get(string blobId, DataCategory category, CancellationToken cancellationToken);

    Task Delete(string blobId, DataCategory category, CancellationToken cancellationToken);
}

public sealed record StoredBlob(byte[] Content, string ContentType);
