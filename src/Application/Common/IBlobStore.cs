using Upjunoo.Domain.Privacy;

namespace Upjunoo.Application.Common;

/// <summary>
/// Where media (call recordings, photos) are kept: encrypted with their subject's key, so erasing the person or
/// deleting the blob makes them unreadable. Keys are paths of opaque ids (<c>calls/trip-1/abc</c>).
/// </summary>
public interface IBlobStore
{
    Task Put(string key, string subjectId, DataCategory category, byte[] content, CancellationToken cancellationToken);

    /// <summary>The content, or null when absent or its subject was erased.</summary>
    Task<byte[]?> Get(string key, DataCategory category, CancellationToken cancellationToken);

    Task Delete(string key, CancellationToken cancellationToken);
}
