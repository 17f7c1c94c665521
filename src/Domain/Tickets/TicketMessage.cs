using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Tickets;

/// <summary>One message of a support conversation, encrypted with its author's key (customer or agent).</summary>
public sealed record TicketMessage(
    [property: NotPersonal("an opaque id")] string MessageId,
    [property: DataSubject] string AuthorId,
    bool ByAgent,
    [property: Personal(DataCategory.Identity)] string AuthorFirstName,
    [property: Personal(DataCategory.SupportConversations)] string Text,
    DateTimeOffset At);
