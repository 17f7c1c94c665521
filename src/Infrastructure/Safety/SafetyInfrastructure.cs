using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Upjunoo.Application.Common;
using Upjunoo.Application.Notifications;
using Upjunoo.Application.Privacy;
using Upjunoo.Application.Retention;
using Upjunoo.Application.Support;
using Upjunoo.Domain.Conversations;
using Upjunoo.Domain.Forms;
using Upjunoo.Domain.Safety;
using Upjunoo.Domain.Tickets;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Notifications;

namespace Upjunoo.Infrastructure.Safety;

public static class SafetyInfrastructure
{
    /// <summary>Adapters of safety, conversations, support and notifications (R8–R11, R18, R22).</summary>
    public static IServiceCollection AddUpjunooSafety(this IServiceCollection services)
    {
        services.AddSingleton(sp => DependencyInjection.Bind<RetentionSettings>(sp, "Retention"));
        services.AddSingleton<SafetyDatabase>();
        services.AddSingleton<IRetentionIndex, SqlRetentionIndex>();
        services.AddSingleton<ISupportQueue, SqlSupportQueue>();
        services.AddSingleton<IAccessLog, SqlAccessLog>();
        services.AddSingleton<IInbox, SqlInbox>();
        services.AddSingleton<IPushTokens, SqlPushTokens>();
        services.AddSingleton<NotificationOutbox>();
        services.AddSingleton<INotificationSender>(sp => sp.GetRequiredService<NotificationOutbox>());
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<RetentionJob>();
        services.AddSingleton<ConversationGateway>(sp =>
            new ShardedEntityGateway<Conversation, ConversationCommand, ConversationState, ConversationEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<TicketGateway>(sp =>
            new ShardedEntityGateway<SupportTicket, TicketCommand, TicketState, TicketEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<SafetyGateway>(sp =>
            new ShardedEntityGateway<SafetyCard, SafetyCommand, SafetyState, SafetyEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<FormGateway>(sp =>
            new ShardedEntityGateway<Form, FormCommand, FormState, FormEvent>(sp.GetRequiredService<ActorRegistry>()));
        return services;
    }

    /// <summary>
    /// The entities: conversations and tickets delete their journal when retention ends; a ticket's personal fields
    /// without their own subject belong to its customer; safety cards to their account; forms' answers name their respondent.
    /// </summary>
    public static AkkaConfigurationBuilder WithSafety(this AkkaConfigurationBuilder builder) =>
        builder
            .WithRetainedEntity<Conversation, ConversationState, ConversationCommand, ConversationEvent>("conversation")
            .WithRetainedEntity<SupportTicket, TicketState, TicketCommand, TicketEvent>("support-ticket", (_, state) => state.CustomerId)
            .WithDeciderEntity<SafetyCard, SafetyState, SafetyCommand, SafetyEvent>("safety", subjectOf: (id, _) => id)
            .WithDeciderEntity<Form, FormState, FormCommand, FormEvent>("form");
}
