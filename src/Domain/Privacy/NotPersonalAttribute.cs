namespace Upjunoo.Domain.Privacy;

/// <summary>Says that a field that looks personal by its name is not (a hash, an opaque id), and why.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class NotPersonalAttribute(string why) : Attribute
{
    public string Why { get; } = why;
}
