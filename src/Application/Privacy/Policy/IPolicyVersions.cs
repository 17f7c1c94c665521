namespace Upjunoo.Application.Privacy.Policy;

/// <summary>The versions of the privacy policy; version 1 is the founding text (27.10.2024).</summary>
public interface IPolicyVersions
{
    Task<PolicyVersion> Current(CancellationToken cancellationToken);

    Task<IReadOnlyList<PolicyVersion>> All(CancellationToken cancellationToken);

    /// <summary>Stores the next version (number = current + 1) and returns it.</summary>
    Task<PolicyVersion> Publish(string textFr, string textEn, string publishedBy, DateTimeOffset at, CancellationToken cancellationToken);
}
