using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Common;

/// <summary>What an entity answers to a command, after its events are persisted: the state, the new events, or the refusal.</summary>
public sealed record EntityReply<TState, TEvent>(TState State, IReadOnlyList<TEvent> Events, Rejection? Rejection) : IWireMessage
{
    public bool IsRejected => Rejection is not null;
}
