using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Conversations;

/// <summary>Only the parties of the trip or order (and support) reach its conversation; anyone else gets "not found".</summary>
public static class ConversationAccess
{
    public static Rejection NotFound { get; } = Rejection.NotFound("conversation.not-found", "No such conversation.");

    public static Rejection Closed { get; } = Rejection.Conflict("conversation.closed", "This conversation has ended with its trip or order.");

    public static ConversationParty? PartyOf(Caller caller, ConversationTopic topic) =>
        topic.Parties.FirstOrDefault(p => p.AccountId == caller.AccountId);

    public static bool IsSupport(Caller caller, ConversationTopic topic) => PartyOf(caller, topic) is null && caller.Has(Role.Support);
}
