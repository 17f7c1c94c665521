using Akka.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Auth;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Accounts.Login;
using Upjunoo.Infrastructure.Cluster;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Location;
using Upjunoo.Infrastructure.Orders;
using Upjunoo.Infrastructure.Trips;
using Upjunoo.Infrastructure.Metrics;
using Upjunoo.Infrastructure.Notifications;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Safety;
using Upjunoo.Infrastructure.Security;

namespace Upjunoo.Infrastructure;

public static class DependencyInjection
{
    public const string DataDirectoryKey = "Upjunoo:DataDirectory";

    /// <summary>
    /// Adapters and the actor system. Settings are read from the service provider (not at registration time) so that
    /// test hosts can override configuration.
    /// </summary>
    public static IServiceCollection AddUpjunooInfrastructure(this IServiceCollection services, bool isDevelopment)
    {
        services.AddSingleton(sp => Bind<PersistenceSettings>(sp, "Persistence"));
        services.AddSingleton(sp => Bind<ClusterSettings>(sp, "Cluster"));
        services.AddSingleton(sp => new DatabaseSetup(sp.GetRequiredService<PersistenceSettings>(), DataDirectory(sp)));
        services.AddSingleton(sp => MasterKey.Load(sp.GetRequiredService<IConfiguration>()[MasterKey.ConfigurationKey], DataDirectory(sp)));
        services.AddSingleton(sp => new SubjectKeyStore(
            sp.GetRequiredService<DatabaseSetup>(), sp.GetRequiredService<MasterKey>(), sp.GetService<TimeProvider>()));
        services.AddSingleton(sp => new PersonalDataProtector(sp.GetRequiredService<SubjectKeyStore>()));
        services.AddSingleton(sp => new LoginSecrets(
            KeyFile.LoadOrCreate(sp.GetRequiredService<IConfiguration>()["Upjunoo:Keys:Login"], DataDirectory(sp), "login")));

        if (isDevelopment)
        {
            services.AddSingleton<DevOutbox>();
            services.AddSingleton<INotificationDelivery>(sp => sp.GetRequiredService<DevOutbox>());
            services.AddSingleton<IDevOutbox>(sp => sp.GetRequiredService<DevOutbox>());
        }
        else
        {
            services.AddSingleton<INotificationDelivery, LoggingNotificationSender>();
        }

        services.AddSingleton<UpjunooMetrics>();
        services.AddSingleton<ClusterStatus>();
        services.AddSingleton<ShardDistribution>();

        services.AddSingleton<AccountGateway>(sp =>
            new ShardedEntityGateway<Account, AccountCommand, AccountState, AccountEvent>(sp.GetRequiredService<ActorRegistry>()));
        services.AddSingleton<PhoneLoginGateway>(sp =>
            new ShardedEntityGateway<PhoneLogin, PhoneLoginCommand, PhoneLoginState, PhoneLoginEvent>(sp.GetRequiredService<ActorRegistry>()));

        services.AddUpjunooLocation().AddUpjunooRides().AddUpjunooDelivery().AddUpjunooSafety().AddUpjunooPrivacy();
        services.AddAkka(UpjunooAkka.SystemName, (builder, sp) =>
        {
            builder
                .WithUpjunooCluster(sp.GetRequiredService<ClusterSettings>())
                .WithClusterMetrics(sp.GetRequiredService<UpjunooMetrics>())
                .WithUpjunooPersistence(sp.GetRequiredService<DatabaseSetup>(), sp.GetRequiredService<PersonalDataProtector>())
                .WithDeciderEntity<Account, AccountState, AccountCommand, AccountEvent>("account", subjectOf: (id, _) => id)
                .WithDeciderEntity<PhoneLogin, PhoneLoginState, PhoneLoginCommand, PhoneLoginEvent>("phone-login")
                .WithLocationRegions(sp)
                .WithRides(sp)
                .WithDelivery(sp)
                .WithSafety()
                .WithPrivacy(sp);
        });
        return services;
    }

    public static string DataDirectory(IServiceProvider sp) =>
        Path.GetFullPath(sp.GetRequiredService<IConfiguration>()[DataDirectoryKey] is { Length: > 0 } configured ? configured : "./data");

    public static T Bind<T>(IServiceProvider sp, string section)
        where T : new()
    {
        var settings = new T();
        sp.GetRequiredService<IConfiguration>().GetSection(section).Bind(settings);
        return settings;
    }
}
