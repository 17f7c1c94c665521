namespace Upjunoo.Infrastructure.Privacy;

/// <summary>The subject's key was erased: their data can no longer be read, and no new data may be written for them.</summary>
public sealed class SubjectErasedException : Exception
{
    public SubjectErasedException()
    {
    }

    public SubjectErasedException(string subjectId)
        : base($"The personal data of subject '{subjectId}' was erased.")
    {
        SubjectId = subjectId;
    }

    public SubjectErasedException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public string? SubjectId { get; }
}
