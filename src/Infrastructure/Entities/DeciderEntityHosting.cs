using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Metrics;

namespace Upjunoo.Infrastructure.Entities;

public static class DeciderEntityHosting
{
    /// <summary>Shard options shared by every entity: DData state store, passivation after 2 idle minutes.</summary>
    public static ShardOptions DefaultShardOptions(string? role = null) => new()
    {
        StateStoreMode = StateStoreMode.DData,
        RememberEntities = false,
        Role = role,
        PassivateIdleEntityAfter = TimeSpan.FromMinutes(2),
    };

    /// <summary>
    /// Registers a shard region of <see cref="DeciderActor{TDecider,TState,TCommand,TEvent}"/> keyed by the decider type.
    /// <paramref name="subjectOf"/> names the data subject of an entity (its id and state → account id), for personal
    /// fields of its events that name no subject themselves: <c>(id, _) =&gt; id</c> for accounts, the rider for a trip.
    /// </summary>
    public static AkkaConfigurationBuilder WithDeciderEntity<TDecider, TState, TCommand, TEvent>(
        this AkkaConfigurationBuilder builder, string entityKind, string? role = null, Func<string, TState, string?>? subjectOf = null)
        where TDecider : IDecider<TState, TCommand, TEvent>
        where TEvent : notnull =>
        builder.WithShardRegion<TDecider>(
            entityKind,
            (_, _, resolver) =>
            {
                var metrics = resolver.GetService<UpjunooMetrics>();
                return entityId => Props.Create(() => new DeciderActor<TDecider, TState, TCommand, TEvent>(entityKind, entityId, 100, subjectOf, metrics));
            },
            new EntityMessageExtractor(),
            DefaultShardOptions(role));
}
