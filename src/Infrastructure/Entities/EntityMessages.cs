namespace Upjunoo.Infrastructure.Entities;

/// <summary>Run a command through the entity's decider; the answer is an <c>EntityReply</c> sent after persisting.</summary>
public sealed record Execute<TCommand>(TCommand Command) : Application.Common.IWireMessage;

/// <summary>Ask for the entity's current state.</summary>
public sealed record GetState : Application.Common.IWireMessage
{
    public static GetState Instance { get; } = new();
}
