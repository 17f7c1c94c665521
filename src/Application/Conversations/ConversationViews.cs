using Upjunoo.Domain.Conversations;

namespace Upjunoo.Application.Conversations;

/// <summary>A message as a party sees it: the author's first name and role, never their id or phone (R13).</summary>
public sealed record MessageView(string ConversationId, string MessageId, string FromFirstName, string FromRole, bool Mine, string Text, DateTimeOffset At)
{
    public static MessageView Of(string conversationId, ChatMessage m, string callerId) =>
        new(conversationId, m.MessageId, m.AuthorFirstName, m.AuthorRole, m.AuthorId == callerId, m.Text, m.At);
}

public sealed record CallView(string CallId, string CallerFirstName, string CalleeFirstName, DateTimeOffset StartedAt, int DurationSeconds, bool HasRecording);

public sealed record PartyView(string FirstName, string Role);

/// <summary>The conversation of a trip or order: parties by first name, messages (paged, oldest first) and calls.</summary>
public sealed record ConversationView(
    string ConversationId, string Status, IReadOnlyList<PartyView> Parties, IReadOnlyList<MessageView> Items, string? NextCursor, IReadOnlyList<CallView> Calls);
