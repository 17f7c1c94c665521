using Upjunoo.Application.Conversations;

namespace Upjunoo.Application.Realtime;

/// <summary>The realtime channel for conversations: <c>messageReceived</c> goes to the other parties only.</summary>
public interface IConversationLive
{
    Task MessageReceived(IReadOnlyList<string> accountIds, MessageView message);
}
