using Microsoft.AspNetCore.SignalR;
using Upjunoo.Application.Conversations;
using Upjunoo.Application.Realtime;

namespace Upjunoo.Host.Realtime;

/// <summary><c>messageReceived</c> on <c>/hubs/live</c>, to the named accounts only.</summary>
public sealed class SignalRConversationLive(IHubContext<LiveHub> hub) : IConversationLive
{
    public Task MessageReceived(IReadOnlyList<string> accountIds, MessageView message) =>
        hub.Clients.Users(accountIds).SendAsync("messageReceived", message);
}
