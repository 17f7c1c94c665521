using Akka.Cluster.Hosting;
using Akka.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Upjunoo.Application.Accounts;
using Upjunoo.Application.Notifications;
using Upjunoo.Application.Privacy.Aggregates;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Privacy.Policy;
using Upjunoo.Application.Privacy.Requests;
using Upjunoo.Application.Privacy.Retention;
using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Privacy.Consents;
using Upjunoo.Domain.Privacy.Requests;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Privacy.Policy;
using Upjunoo.Infrastructure.Privacy.Retention;
using Upjunoo.Infrastructure.Privacy.Rights;
using Upjunoo.Infrastructure.Privacy.Store;

namespace Upjunoo.Infrastructure.Privacy;

public static class PrivacyServices
{
    /// <summary>
    /// Consents, rights requests, archives, legal holds, ledgers, policy versions and retention (R14–R22). Call after the
    /// notification sender is registered: it is wrapped so that marketing needs consent.
    /// </summary>
    public static IServiceCollection AddUpjunooPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PrivacyProfileGateway>(sp =>
            new ShardedEntityGateway<PrivacyProfile, PrivacyProfileCommand, PrivacyProfileState, PrivacyProfileEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<PrivacyRequestGateway>(sp =>
            new ShardedEntityGateway<PrivacyRequest, PrivacyRequestCommand, PrivacyRequestState, PrivacyRequestEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<PrivacyDatabase>();
        services.AddSingleton<IAccountDirectory, SqlAccountDirectory>();
        services.AddSingleton<IPrivacyRequestIndex, SqlPrivacyRequestIndex>();
        services.AddSingleton<ILegalHolds, SqlLegalHolds>();
        services.AddSingleton<IDisclosureLedger, SqlDisclosureLedger>();
        services.AddSingleton<IStaffAccessLog, SqlStaffAccessLog>();
        services.AddSingleton<IPolicyVersions, SqlPolicyVersions>();
        services.AddSingleton<IPolicyNotices, SqlPolicyNotices>();
        services.AddSingleton<ITripAggregates, SqlTripAggregates>();
        services.AddSingleton<ISubjectErasure, SubjectErasure>();
        services.AddSingleton<IArchiveStore>(sp => new FileArchiveStore(sp.GetRequiredService<PersonalDataProtector>(), DependencyInjection.DataDirectory(sp)));
        services.AddSingleton<ArchiveWorker>();
        services.AddSingleton<IArchiveJobs>(sp => sp.GetRequiredService<ArchiveWorker>());
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveWorker>());
        services.AddRetention();
        DecorateNotifications(services);
        services.AddSingleton<Store.ClosedAccounts>();
        services.AddSingleton<Application.Notifications.IMarketingConsent, Rights.ProfileMarketingConsent>();
        return services;
    }

    public static AkkaConfigurationBuilder WithPrivacy(this AkkaConfigurationBuilder builder, IServiceProvider sp)
    {
        var database = sp.GetRequiredService<PrivacyDatabase>();
        return builder
            .WithDeciderEntity<PrivacyProfile, PrivacyProfileState, PrivacyProfileCommand, PrivacyProfileEvent>("privacy-profile", subjectOf: (id, _) => id)
            .WithDeciderEntity<PrivacyRequest, PrivacyRequestState, PrivacyRequestCommand, PrivacyRequestEvent>("privacy-request", subjectOf: (_, s) => s.RequesterId)
            .WithSingleton<SqlAccountDirectory>(AccountDirectoryWriter.Name,
                ReadModels.TagProjection.Props(AccountDirectoryWriter.Name, "account", database, AccountDirectoryWriter.Apply), new ClusterSingletonOptions(), createProxyToo: false)
            .WithSingleton<SqlPrivacyRequestIndex>(PrivacyRequestIndexWriter.Name,
                ReadModels.TagProjection.Props(PrivacyRequestIndexWriter.Name, "privacy-request", database, PrivacyRequestIndexWriter.Apply), new ClusterSingletonOptions(), createProxyToo: false);
    }

    private static void AddRetention(this IServiceCollection services)
    {
        services.AddSingleton(sp => DependencyInjection.Bind<RetentionSettings>(sp, "Retention"));
        services.AddSingleton<OrderDataRetention>();
        services.AddSingleton<ClosedAccountErasure>();
        services.AddSingleton<IRetentionRules>(sp =>
        {
            var rules = new RetentionRules();
            rules.Register(new RetentionRule("order-data", DataCategory.OrderData, sp.GetRequiredService<OrderDataRetention>().Purge));
            rules.Register(new RetentionRule("closed-accounts", DataCategory.Identity, sp.GetRequiredService<ClosedAccountErasure>().Purge));
            return rules;
        });
        services.AddSingleton<RetentionService>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionService>());
    }

    /// <summary>Wraps whichever sender is registered (dev outbox or provider) in the consent check.</summary>
    private static void DecorateNotifications(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(INotificationSender))
            ?? throw new InvalidOperationException("Register the notification sender before AddUpjunooPrivacy.");
        services.Remove(inner);
        services.AddSingleton<INotificationSender>(sp => new ConsentAwareNotificationSender(
            Create(sp, inner), sp.GetRequiredService<PrivacyProfileGateway>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ConsentAwareNotificationSender>>()));
    }

    private static INotificationSender Create(IServiceProvider sp, ServiceDescriptor descriptor) =>
        (INotificationSender)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!));
}
