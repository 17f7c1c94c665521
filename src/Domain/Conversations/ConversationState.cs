using Upjunoo.Domain.Common;

namespace Upjunoo.Domain.Conversations;

/// <summary>One conversation of a trip or order: its messages and calls, until retention purges them.</summary>
[PersistedAs("conversation.state.v1")]
public sealed record ConversationState(
    string? ConversationId,
    IReadOnlyList<ChatMessage> Messages,
    IReadOnlyList<CallRecord> Calls,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? PurgedAt) : IPersisted
{
    public static ConversationState Empty { get; } = new(null, [], [], null, null);

    public bool IsClosed => ClosedAt is not null;

    public bool IsPurged => PurgedAt is not null;
}
