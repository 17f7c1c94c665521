namespace Upjunoo.Domain.Common;

/// <summary>
/// The stable, versioned name of a persisted type (<c>account.registered.v1</c>). Renaming the class never
/// changes it; changing the shape incompatibly means a new type with a new version.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PersistedAsAttribute(string manifest) : Attribute
{
    public string Manifest { get; } = manifest;
}
