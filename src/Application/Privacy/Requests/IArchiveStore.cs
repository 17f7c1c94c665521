namespace Upjunoo.Application.Privacy.Requests;

/// <summary>Where access / export archives are kept, encrypted with the person's own key (erasing them erases their archives).</summary>
public interface IArchiveStore
{
    Task Save(string requestId, string subjectId, byte[] content, CancellationToken cancellationToken);

    /// <summary>Null when there is none, or when its subject has been erased.</summary>
    Task<byte[]?> Load(string requestId, CancellationToken cancellationToken);
}

/// <summary>Archives are built in the background: the request is answered 202 and completed when the archive is ready.</summary>
public interface IArchiveJobs
{
    void Enqueue(string requestId);
}
