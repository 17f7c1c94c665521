namespace Upjunoo.Application.Privacy.Requests;

/// <summary>
/// Crypto-shredding (ADR 0001): deletes the person's key, so every copy of their personal data reads "[erased]", and
/// makes the running entities that hold their data reload from the journal.
/// </summary>
public interface ISubjectErasure
{
    Task Erase(string subjectId, IReadOnlyCollection<string> tripIds, CancellationToken cancellationToken);

    bool IsErased(string subjectId);
}
