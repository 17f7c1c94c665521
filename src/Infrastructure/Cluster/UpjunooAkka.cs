using System.Globalization;
using Akka.Cluster.Hosting;
using Akka.Cluster.Hosting.SBR;
using Akka.Hosting;
using Akka.Persistence.Sql.Config;
using Akka.Persistence.Sql.Hosting;
using Akka.Remote.Hosting;
using LinqToDB;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Metrics;
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
            SplitBrainResolver = SplitBrainResolverOf(settings.Downing),
        });
        builder.AddHocon(DowningHocon(settings.Downing), HoconAddMode.Prepend);
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

    /// <summary>Feeds the <c>upjunoo.cluster.members</c> gauge once the actor system runs.</summary>
    public static AkkaConfigurationBuilder WithClusterMetrics(this AkkaConfigurationBuilder builder, UpjunooMetrics metrics) =>
        builder.AddStartup((system, _) =>
        {
            var status = new ClusterStatus(system);
            var registration = metrics.ObserveClusterMembers(status.CountsByStatus);
            system.RegisterOnTermination(registration.Dispose);
        });

    /// <summary>
    /// Losing any one node must not stop the service. keep-oldest with down-if-alone keeps the side holding the oldest
    /// member, unless that member is alone, in which case it downs itself and the others go on. That holds from three
    /// nodes up; no static strategy survives the loss of either of two nodes (docs/operations.md).
    /// </summary>
    internal static SplitBrainResolverOption SplitBrainResolverOf(DowningSettings downing)
    {
        downing.Validate();
        return downing.IsKeepMajority ? new KeepMajorityOption() : new KeepOldestOption { DownIfAlone = downing.DownIfAlone };
    }

    /// <summary>
    /// Timings tuned for a failover in seconds. Stopping the host runs CoordinatedShutdown (Akka.Hosting), which hands
    /// shards off and leaves the cluster; a node downed by the resolver runs it too and then stops the host.
    /// </summary>
    internal static string DowningHocon(DowningSettings downing) =>
        $$"""
        akka.cluster {
          down-removal-margin = {{Duration(downing.DownRemovalMargin)}}
          run-coordinated-shutdown-when-down = on
          split-brain-resolver.stable-after = {{Duration(downing.StableAfter)}}
          failure-detector {
            heartbeat-interval = {{Duration(downing.HeartbeatInterval)}}
            acceptable-heartbeat-pause = {{Duration(downing.AcceptableHeartbeatPause)}}
            threshold = {{downing.Threshold.ToString(CultureInfo.InvariantCulture)}}
          }
        }
        """;

    private static string Duration(TimeSpan value) => $"{(long)value.TotalMilliseconds}ms";

    /// <summary>
    /// SQL journal and snapshots, tagged, written by <see cref="UpjunooSerializer"/>, which encrypts personal fields
    /// through <paramref name="protector"/> (given to it by the factory: no global state).
    /// </summary>
    public static AkkaConfigurationBuilder WithUpjunooPersistence(
        this AkkaConfigurationBuilder builder, DatabaseSetup database, PersonalDataProtector protector)
    {
        database.PrepareOnFirstStart();
        void Tagging(Akka.Persistence.Hosting.AkkaPersistenceJournalBuilder journal) =>
            journal.AddWriteEventAdapter<EntityTagger>("upjunoo-tagger", [typeof(IPersisted), typeof(SubjectScoped)]);
        if (database.IsPostgres)
        {
            builder.WithSqlPersistence(
                connectionString: database.ConnectionString,
                providerName: ProviderName.PostgreSQL15,
                autoInitialize: true,
                tagStorageMode: TagMode.TagTable,
                journalBuilder: Tagging);
        }
        else
        {
            builder.WithSqlPersistence(
                new DataOptions().UseConnectionString(ProviderName.SQLiteMS, database.ConnectionString).UseInterceptor(SqlitePragmas.Instance),
                autoInitialize: true,
                tagStorageMode: TagMode.TagTable,
                journalBuilder: Tagging);
        }
        builder.WithCustomSerializer(
            "upjunoo", [typeof(IPersisted), typeof(SubjectScoped)], system => new UpjunooSerializer(system, protector));
        builder.WithCustomSerializer(
            "upjunoo-wire", [typeof(Application.Common.IWireMessage)], system => new Serialization.WireSerializer(system));

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
