using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Hosting;
using Upjunoo.Domain.Common;

namespace Upjunoo.Infrastructure.Entities;

public static class RetainedEntityHosting
{
    /// <summary>Like <see cref="DeciderEntityHosting.WithDeciderEntity{TDecider,TState,TCommand,TEvent}"/>, for entities whose journal is deleted when retention ends.</summary>
    public static AkkaConfigurationBuilder WithRetainedEntity<TDecider, TState, TCommand, TEvent>(
        this AkkaConfigurationBuilder builder, string entityKind, Func<string, TState, string?>? subjectOf = null)
        where TDecider : IDecider<TState, TCommand, TEvent>
        where TEvent : notnull =>
        builder.WithShardRegion<TDecider>(
            entityKind,
            entityId => Props.Create(() => new DeciderActor<TDecider, TState, TCommand, TEvent>(entityKind, entityId, 100, subjectOf, null)),
            new EntityMessageExtractor(),
            DeciderEntityHosting.DefaultShardOptions());
}
