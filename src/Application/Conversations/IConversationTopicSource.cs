using Upjunoo.Domain.Conversations;

namespace Upjunoo.Application.Conversations;

/// <summary>
/// What a conversation is about, for one <see cref="ConversationKind"/>: who its parties are and whether it has ended.
/// Trips: <see cref="TripConversationTopics"/>; orders: <see cref="OrderConversationTopics"/>.
/// </summary>
public interface IConversationTopicSource
{
    ConversationKind Kind { get; }

    /// <summary>The topic, or null when there is no such trip or order.</summary>
    Task<ConversationTopic?> Find(string subjectId, CancellationToken cancellationToken);
}

/// <summary>A party as the others may see them: first name and role only (R13).</summary>
public sealed record ConversationParty(string AccountId, string Role, string FirstName);

/// <summary><paramref name="EndedAt"/> is set once the trip or order is over: the conversation is closed from then on.</summary>
public sealed record ConversationTopic(ConversationKind Kind, string SubjectId, IReadOnlyList<ConversationParty> Parties, DateTimeOffset? EndedAt);
