namespace Upjunoo.Host.Tests.Privacy;

/// <summary>
/// The privacy specs run one after another (each starts its own host): in parallel they starve the 200-rider
/// concurrency spec of CPU on small build machines.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PrivacyCollection
{
    public const string Name = "privacy";
}
