using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Infrastructure.Privacy.Rights;

/// <summary>
/// Archives as files under <c>{data}/archives</c>, each sealed with its subject's key (the blob names the subject): once
/// the person is erased, their archives cannot be read either.
/// </summary>
public sealed class FileArchiveStore(PersonalDataProtector protector, string dataDirectory) : IArchiveStore
{
    // An archive spans every category; Identity binds it to the person (associated data), as for their profile.
    private const DataCategory Category = DataCategory.Identity;

    private string Folder { get; } = Path.Combine(dataDirectory, "archives");

    public async Task Save(string requestId, string subjectId, byte[] content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var path = PathOf(requestId);
        await File.WriteAllBytesAsync(path + ".tmp", protector.Protect(subjectId, Category, content), cancellationToken);
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public async Task<byte[]?> Load(string requestId, CancellationToken cancellationToken)
    {
        var path = PathOf(requestId);
        return File.Exists(path) ? protector.Unprotect(await File.ReadAllBytesAsync(path, cancellationToken), Category) : null;
    }

    private string PathOf(string requestId) => Ids.LooksValid(requestId)
        ? Path.Combine(Folder, requestId + ".archive")
        : throw new ArgumentException("Not a request id.", nameof(requestId));
}
