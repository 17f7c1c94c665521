namespace Upjunoo.Domain.Common;

/// <summary>
/// A decider: <c>Decide(command, state)</c> returns the events a command causes (or a typed rejection),
/// <c>Evolve(state, event)</c> applies one event. Pure: time, ids and randomness arrive inside commands.
/// </summary>
public interface IDecider<TState, in TCommand, TEvent>
{
    static abstract TState Initial { get; }

    static abstract Decision<TEvent> Decide(TCommand command, TState state);

    static abstract TState Evolve(TState state, TEvent @event);
}
