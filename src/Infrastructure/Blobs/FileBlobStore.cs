using System.Text;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Blobs;

/// <summary>
/// <see cref="IBlobStore"/> on the file system under <c>{DataDirectory}/blobs/{category}/{blobId}</c>. Each file is the
/// content type and the bytes, encrypted whole with the subject's key (<see cref="PersonalDataProtector"/>): nothing
/// readable lies on disk, and erasing the subject makes the blob unreadable. Written to a temp file, then renamed, so
/// a crash never leaves half a photo.
/// </summary>
public sealed class FileBlobStore(string root, PersonalDataProtector protector, IIdGenerator ids) : IBlobStore
{
    public string Root { get; } = root;

    public async Task<string> Put(byte[] content, string contentType, DataCategory category, string subjectId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var type = Encoding.UTF8.GetBytes(contentType);
        var plain = new byte[1 + type.Length + content.Length];
        plain[0] = checked((byte)type.Length);
        type.CopyTo(plain, 1);
        content.CopyTo(plain, 1 + type.Length);

        var blobId = ids.NewId();
        var path = PathOf(blobId, category);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, protector.Protect(subjectId, category, plain), cancellationToken);
        File.Move(temp, path);
        return blobId;
    }

    public async Task<StoredBlob?> Get(string blobId, DataCategory category, CancellationToken cancellationToken)
    {
        var path = PathOf(blobId, category);
        if (!File.Exists(path))
        {
            return null;
        }

        var plain = protector.Unprotect(await File.ReadAllBytesAsync(path, cancellationToken), category);
        if (plain is null)
        {
            return null;
        }

        var typeLength = plain[0];
        return new StoredBlob(plain[(1 + typeLength)..], Encoding.UTF8.GetString(plain, 1, typeLength));
    }

    public Task Delete(string blobId, DataCategory category, CancellationToken cancellationToken)
    {
        var path = PathOf(blobId, category);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    private string PathOf(string blobId, DataCategory category)
    {
        if (!Ids.LooksValid(blobId))
        {
            throw new ArgumentException("Not a blob id.", nameof(blobId));
        }

        return Path.Combine(Root, category.ToString().ToLowerInvariant(), blobId);
    }
}
