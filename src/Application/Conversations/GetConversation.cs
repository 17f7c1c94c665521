using System.Globalization;
using Mediator;
using Upjunoo.Application.Common;

namespace Upjunoo.Application.Conversations;

/// <summary>The messages of a conversation, to its parties (and support) until retention purges it (R9, R18).</summary>
public sealed record GetConversation(Caller Caller, string ConversationId, int? Limit, string? Cursor) : IRequest<Outcome<ConversationView>>;

public sealed class GetConversationHandler(ConversationLookup lookup, ConversationGateway conversations)
    : IRequestHandler<GetConversation, Outcome<ConversationView>>
{
    public async ValueTask<Outcome<ConversationView>> Handle(GetConversation request, CancellationToken cancellationToken)
    {
        if (await lookup.Reach(request.Caller, request.ConversationId, "read", cancellationToken) is not { } topic)
        {
            return ConversationAccess.NotFound;
        }

        var state = await conversations.Get(request.ConversationId, cancellationToken);
        if (state.IsPurged)
        {
            return ConversationAccess.NotFound;
        }

        var closed = await lookup.Settle(request.ConversationId, topic, state, cancellationToken);
        var limit = Math.Clamp(request.Limit ?? 50, 1, 200);
        var from = int.TryParse(request.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
        var page = state.Messages.Skip(from).Take(limit).Select(m => MessageView.Of(request.ConversationId, m, request.Caller.AccountId)).ToList();
        var next = from + limit < state.Messages.Count ? (from + limit).ToString(CultureInfo.InvariantCulture) : null;
        string FirstNameOf(string id) => topic.Parties.FirstOrDefault(p => p.AccountId == id)?.FirstName ?? "";
        return new ConversationView(
            request.ConversationId,
            closed ? "closed" : "open",
            [.. topic.Parties.Select(p => new PartyView(p.FirstName, p.Role))],
            page,
            next,
            [.. state.Calls.Select(k => new CallView(k.CallId, FirstNameOf(k.CallerId), FirstNameOf(k.CalleeId), k.StartedAt, k.DurationSeconds, k.MediaRef is not null))]);
    }
}
