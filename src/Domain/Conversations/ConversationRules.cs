namespace Upjunoo.Domain.Conversations;

/// <summary>Limits and retention of in-app conversations (R9, R18).</summary>
public static class ConversationRules
{
    public const int MaxTextLength = 2000;
    public const int MaxMessages = 1000;
    public const int MaxCallSeconds = 4 * 3600;

    /// <summary>Customer ↔ driver / courier / store conversations and call recordings: 30 days after the conversation closes.</summary>
    public static readonly TimeSpan PartyRetention = TimeSpan.FromDays(30);

    /// <summary>Support conversations: 3 months after the ticket is resolved.</summary>
    public static readonly TimeSpan SupportRetention = TimeSpan.FromDays(90);

    public static string IdOf(ConversationKind kind, string subjectId) => $"{(kind == ConversationKind.Trip ? "trip" : "order")}-{subjectId}";

    public static bool TryParse(string? conversationId, out ConversationKind kind, out string subjectId)
    {
        kind = default;
        subjectId = "";
        var dash = conversationId?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (dash <= 0)
        {
            return false;
        }

        subjectId = conversationId![(dash + 1)..];
        kind = conversationId[..dash] switch { "trip" => ConversationKind.Trip, "order" => ConversationKind.Order, _ => (ConversationKind)(-1) };
        return Enum.IsDefined(kind) && Common.Ids.LooksValid(subjectId);
    }
}
