using Akka.Actor;
using Akka.Hosting;
using Upjunoo.Application.Common;

namespace Upjunoo.Infrastructure.Entities;

/// <summary>The <see cref="IEntityGateway{TCommand,TState,TEvent}"/> port over a shard region.</summary>
public sealed class ShardedEntityGateway<TRegionKey, TCommand, TState, TEvent>(ActorRegistry registry, TimeSpan? timeout = null)
    : IEntityGateway<TCommand, TState, TEvent>
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(10);

    public async Task<EntityReply<TState, TEvent>> Send(string entityId, TCommand command, CancellationToken cancellationToken)
    {
        var region = await registry.GetAsync<TRegionKey>(cancellationToken);
        return await region.Ask<EntityReply<TState, TEvent>>(
            new EntityEnvelope(entityId, new Execute<TCommand>(command)), _timeout, cancellationToken);
    }

    public async Task<TState> Get(string entityId, CancellationToken cancellationToken)
    {
        var region = await registry.GetAsync<TRegionKey>(cancellationToken);
        return await region.Ask<TState>(new EntityEnvelope(entityId, GetState.Instance), _timeout, cancellationToken);
    }
}
