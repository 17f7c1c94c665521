namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// The objects being written by one (synchronous) serialization on this thread, outermost first, and the subject of
/// the entity that persists them. Personal fields look here for their data subject. A thread-static is enough and
/// safe: System.Text.Json writes a value to bytes on the calling thread, and <see cref="Begin"/> resets the state
/// for every value, so nothing leaks from one value (or a failed one) into the next.
/// </summary>
internal static class SubjectContext
{
    [ThreadStatic]
    private static Frame? _current;

    public static IDisposable Begin(string? entitySubject)
    {
        var previous = _current;
        _current = new Frame(entitySubject, []);
        return new Scope(previous);
    }

    public static bool Active => _current is not null;

    public static string? EntitySubject => _current?.EntitySubject;

    /// <summary>The objects being written, innermost last.</summary>
    public static IReadOnlyList<object> Objects => _current?.Objects ?? [];

    public static void Enter(object value) => _current?.Objects.Add(value);

    public static void Exit()
    {
        if (_current is { Objects.Count: > 0 } frame)
        {
            frame.Objects.RemoveAt(frame.Objects.Count - 1);
        }
    }

    private sealed record Frame(string? EntitySubject, List<object> Objects);

    private sealed class Scope(Frame? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
