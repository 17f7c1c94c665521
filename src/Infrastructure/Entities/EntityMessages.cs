namespace Upjunoo.Infrastructure.Entities;

/// <summary>Run a command through the entity's decider; the answer is an <c>EntityReply</c> sent after persisting.</summary>
public sealed record Execute<TCommand>(TCommand Command) : Application.Common.IWireMessage;

/// <summary>Ask for the entity's current state.</summary>
public sealed record GetState : Application.Common.IWireMessage
{
    public static GetState Instance { get; } = new();
}

/// <summary>
/// Drop the in-memory state and recover it from the journal on the next message (after a person's key was erased, so
/// that no decrypted copy of their data stays in memory). The entity passivates itself.
/// </summary>
public sealed record Forget
{
    public static Forget Instance { get; } = new();
}
