namespace Upjunoo.Application.Common;

/// <summary>
/// The port to a kind of entity (an aggregate run by a decider). Infrastructure runs each entity in a sharded,
/// persistent actor; the handler only sees commands in, replies out.
/// </summary>
public interface IEntityGateway<in TCommand, TState, TEvent>
{
    Task<EntityReply<TState, TEvent>> Send(string entityId, TCommand command, CancellationToken cancellationToken);

    Task<TState> Get(string entityId, CancellationToken cancellationToken);
}
