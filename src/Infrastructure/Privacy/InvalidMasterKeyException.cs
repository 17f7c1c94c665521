namespace Upjunoo.Infrastructure.Privacy;

/// <summary>The master key is malformed or is not the one the stored subject keys were wrapped with.</summary>
public sealed class InvalidMasterKeyException : Exception
{
    public InvalidMasterKeyException()
    {
    }

    public InvalidMasterKeyException(string message)
        : base(message)
    {
    }

    public InvalidMasterKeyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
