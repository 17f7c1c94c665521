using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Common;

/// <summary>The answer of a use case: a value, or the rejection that the host turns into a problem.</summary>
public readonly record struct Outcome<T>
{
    private Outcome(T? value, Rejection? rejection)
    {
        Value = value;
        Rejection = rejection;
    }

    public T? Value { get; }

    public Rejection? Rejection { get; }

    public bool IsRejected => Rejection is not null;

    public static Outcome<T> Ok(T value) => new(value, null);

    public static implicit operator Outcome<T>(T value) => Ok(value);

    public static implicit operator Outcome<T>(Rejection rejection) => new(default, rejection);
}
