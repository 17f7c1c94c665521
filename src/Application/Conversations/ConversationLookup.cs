using Upjunoo.Application.Common;
using Upjunoo.Application.Privacy;
using Upjunoo.Application.Retention;
using Upjunoo.Domain.Conversations;

namespace Upjunoo.Application.Conversations;

/// <summary>
/// The steps every conversation use case shares: find the topic, refuse strangers (404), log support's views (R22),
/// record the conversation for retention, and close it once its trip or order has ended.
/// </summary>
public sealed class ConversationLookup(
    ConversationTopics topics, ConversationGateway conversations, IRetentionIndex retention, IAccessLog accessLog, TimeProvider clock)
{
    public async Task<ConversationTopic?> Reach(Caller caller, string conversationId, string action, CancellationToken cancellationToken)
    {
        var topic = await topics.Find(conversationId, cancellationToken);
        if (topic is null || (ConversationAccess.PartyOf(caller, topic) is null && !ConversationAccess.IsSupport(caller, topic)))
        {
            return null;
        }

        if (ConversationAccess.IsSupport(caller, topic))
        {
            await accessLog.Record(new AccessRecord(
                clock.GetUtcNow(), caller.AccountId, "support", topic.Parties[0].AccountId, "conversation", conversationId, action), cancellationToken);
        }

        return topic;
    }

    /// <summary>Tracks the conversation for retention and, when its trip or order has ended, closes it. True when closed.</summary>
    public async Task<bool> Settle(string conversationId, ConversationTopic topic, ConversationState state, CancellationToken cancellationToken)
    {
        await retention.Track(RetentionKinds.Conversation, conversationId, clock.GetUtcNow(), cancellationToken);
        if (topic.EndedAt is not { } endedAt)
        {
            return false;
        }

        if (!state.IsClosed)
        {
            await conversations.Send(conversationId, new ConversationCommand.Close(endedAt, clock.GetUtcNow()), cancellationToken);
        }

        await retention.MarkClosed(RetentionKinds.Conversation, conversationId, endedAt, cancellationToken);
        return true;
    }
}
