namespace Upjunoo.Infrastructure.Entities;

/// <summary>Run a command through the entity's decider; the answer is an <c>EntityReply</c> sent after persisting.</summary>
public sealed record Execute<TCommand>(TCommand Command);

/// <summary>Ask for the entity's current state.</summary>
public sealed record GetState
{
    public static GetState Instance { get; } = new();
}
