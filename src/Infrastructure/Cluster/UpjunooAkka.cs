using Akka.Cluster.Hosting;
using Akka.Hosting;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Hosting;
using Akka.Remote.Hosting;
using LinqToDB;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Cluster;

/// <summary>Akka.Hosting set-up of the node: remoting, cluster membership, SQL persistence and our serializer.</summary>
public static class UpjunooAkka
{
    public const string SystemName = "upjunoo";

    public static AkkaConfigurationBuilder WithUpjunooCluster(this AkkaConfigurationBuilder builder, ClusterSettings settings)
    {
        builder.ConfigureLoggers(loggers =>
        {
            loggers.ClearLoggers();
            loggers.AddLoggerFactory();
        });
        builder.WithRemoting(settings.Hostname, settings.Port);
        builder.WithClustering(new ClusterOptions
        {
            SeedNodes = settings.SeedNodeList.Length == 0 ? null : settings.SeedNodeList,
            Roles = settings.RoleList,
        });
        if (settings.SeedNodeList.Length == 0)
        {
            // No seeds configured: this node is a cluster of one and joins itself (its port may be 0, so its address
            // is only known once remoting has bound).
            builder.AddStartup((system, _) =>
            {
                var cluster = Akka.Cluster.Cluster.Get(system);
                cluster.Join(cluster.SelfAddress);
            });
        }

        return builder;
    }

    /// <summary>
    /// SQL journal and snapshots, tagged, written by <see cref="UpjunooSerializer"/>, which encrypts personal fields
    /// through <paramref name="protector"/> (given to it by the factory: no global state).
    /// </summary>
    public static AkkaConfigurationBuilder WithUpjunooPersistence(
        this AkkaConfigurationBuilder builder, DatabaseSetup database, PersonalDataProtector protector)
    {
        database.PrepareOnFirstStart();
        builder.WithSqlPersistence(
            connectionString: database.ConnectionString,
            providerName: database.IsPostgres ? ProviderName.PostgreSQL15 : ProviderName.SQLiteMS,
            autoInitialize: true,
            tagStorageMode: TagMode.TagTable,
            journalBuilder: journal => journal.AddWriteEventAdapter<EntityTagger>("upjunoo-tagger", [typeof(IPersisted), typeof(SubjectScoped)]));
        builder.WithCustomSerializer(
            "upjunoo", [typeof(IPersisted), typeof(SubjectScoped)], system => new UpjunooSerializer(system, protector));

        // SQLite has a single writer: one journal writer avoids "database is locked" under concurrent persists.
        var parallelism = database.IsPostgres ? 4 : 1;
        builder.AddHocon(
            $$"""
            akka.persistence.journal.sql.parallelism = {{parallelism}}
            akka.persistence.query.journal.sql.refresh-interval = 100ms
            akka.persistence.query.journal.sql.journal-sequence-retrieval.query-delay = 100ms
            """,
            HoconAddMode.Prepend);
        return builder;
    }
}
