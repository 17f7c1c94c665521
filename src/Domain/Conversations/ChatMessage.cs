using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Conversations;

/// <summary>One message, encrypted with its author's key; others see the author by first name only (R13).</summary>
public sealed record ChatMessage(
    [property: NotPersonal("an opaque id")] string MessageId,
    [property: DataSubject] string AuthorId,
    string AuthorRole,
    [property: Personal(DataCategory.Identity)] string AuthorFirstName,
    [property: Personal(DataCategory.Conversations)] string Text,
    DateTimeOffset At);
