namespace Upjunoo.Domain.Common;

/// <summary>The outcome of a command: the events it causes, or why it is refused. Never both.</summary>
public readonly record struct Decision<TEvent>
{
    private Decision(IReadOnlyList<TEvent> events, Rejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<TEvent> Events { get; }

    public Rejection? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    public static Decision<TEvent> Accept(params TEvent[] events) => new(events, null);

    public static Decision<TEvent> Accept(IReadOnlyList<TEvent> events) => new(events, null);

    /// <summary>An idempotent repeat: accepted, nothing happens.</summary>
    public static Decision<TEvent> Nothing => new([], null);

    public static Decision<TEvent> Reject(Rejection rejection) => new([], rejection);

    public static implicit operator Decision<TEvent>(Rejection rejection) => Reject(rejection);
}
