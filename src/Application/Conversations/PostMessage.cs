using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Conversations;

namespace Upjunoo.Application.Conversations;

/// <summary>A party (or support) writes in the conversation of a trip or order while it is under way (R9).</summary>
public sealed record PostMessage(Caller Caller, string ConversationId, string? Text) : IRequest<Outcome<MessageView>>;

public sealed class PostMessageHandler(
    ConversationLookup lookup, ConversationGateway conversations, IConversationLive live, IIdGenerator ids, TimeProvider clock)
    : IRequestHandler<PostMessage, Outcome<MessageView>>
{
    public async ValueTask<Outcome<MessageView>> Handle(PostMessage request, CancellationToken cancellationToken)
    {
        if (await lookup.Reach(request.Caller, request.ConversationId, "post", cancellationToken) is not { } topic)
        {
            return ConversationAccess.NotFound;
        }

        var state = await conversations.Get(request.ConversationId, cancellationToken);
        if (state.IsPurged)
        {
            return ConversationAccess.NotFound;
        }

        if (await lookup.Settle(request.ConversationId, topic, state, cancellationToken))
        {
            return ConversationAccess.Closed;
        }

        var author = ConversationAccess.PartyOf(request.Caller, topic) ?? new ConversationParty(request.Caller.AccountId, "support", "Support");
        var reply = await conversations.Send(request.ConversationId, new ConversationCommand.Post(
            request.ConversationId, ids.NewId(), author.AccountId, author.Role, author.FirstName, request.Text ?? "", clock.GetUtcNow()), cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        var message = reply.State.Messages[^1];
        var others = topic.Parties.Where(p => p.AccountId != request.Caller.AccountId).Select(p => p.AccountId).ToList();
        await live.MessageReceived(others, MessageView.Of(request.ConversationId, message, "")).ConfigureAwait(false);
        return MessageView.Of(request.ConversationId, message, request.Caller.AccountId);
    }
}
