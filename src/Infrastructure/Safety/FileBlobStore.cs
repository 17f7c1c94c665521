using Upjunoo.Application.Common;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>Blobs as files under <c>{DataDirectory}/blobs</c>, each encrypted with its subject's key (AES-GCM).</summary>
public sealed class FileBlobStore(string dataDirectory, PersonalDataProtector protector) : IBlobStore
{
    private readonly string _root = Path.Combine(Path.GetFullPath(dataDirectory), "blobs");

    public async Task Put(string key, string subjectId, DataCategory category, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, protector.Protect(subjectId, category, content), cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<byte[]?> Get(string key, DataCategory category, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return File.Exists(path) ? protector.Unprotect(await File.ReadAllBytesAsync(path, cancellationToken), category) : null;
    }

    public Task Delete(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    /// <summary>Keys are paths of opaque ids; anything else (.., rooted paths) is refused.</summary>
    private string PathOf(string key)
    {
        var segments = key.Split('/');
        if (segments.Length == 0 || segments.Any(s => !Domain.Common.Ids.LooksValid(s)))
        {
            throw new ArgumentException($"Not a blob key: '{key}'.", nameof(key));
        }

        return Path.Combine([_root, .. segments]);
    }
}
