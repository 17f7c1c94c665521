using Upjunoo.Domain.Conversations;

namespace Upjunoo.Application.Conversations;

/// <summary>Finds the topic of a conversation id (<c>trip-{id}</c>, <c>order-{id}</c>) through the source of its kind.</summary>
public sealed class ConversationTopics(IEnumerable<IConversationTopicSource> sources)
{
    private readonly Dictionary<ConversationKind, IConversationTopicSource> _sources = sources.ToDictionary(s => s.Kind);

    public async Task<ConversationTopic?> Find(string conversationId, CancellationToken cancellationToken) =>
        ConversationRules.TryParse(conversationId, out var kind, out var subjectId) && _sources.TryGetValue(kind, out var source)
            ? await source.Find(subjectId, cancellationToken)
            : null;
}
