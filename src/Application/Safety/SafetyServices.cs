using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Conversations;
using Upjunoo.Application.Notifications;
using Upjunoo.Application.Retention;
using Upjunoo.Application.Support;

namespace Upjunoo.Application.Safety;

public static class SafetyServices
{
    /// <summary>Safety, conversations, support and notifications services (R8–R11).</summary>
    public static IServiceCollection AddUpjunooSafety(this IServiceCollection services)
    {
        services.AddSingleton<IConversationTopicSource, TripConversationTopics>();
        services.AddSingleton<IConversationTopicSource, OrderConversationTopics>();
        services.AddSingleton<ConversationTopics>();
        services.AddSingleton<ConversationLookup>();
        services.AddSingleton<TicketOpener>();
        services.AddSingleton<TicketAccess>();
        services.AddSingleton<AccountNotifier>();
        services.AddSingleton<RetentionSweep>();
        return services;
    }
}
