using System.Reflection;
using Upjunoo.Domain.Common;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>The catalogue of persisted types and their stable manifests, found by reflection once.</summary>
public static class PersistedTypes
{
    private static readonly Lazy<IReadOnlyDictionary<string, Type>> ByManifestLazy = new(Scan);
    private static readonly Lazy<IReadOnlyDictionary<Type, string>> ByTypeLazy =
        new(() => ByManifestLazy.Value.ToDictionary(kv => kv.Value, kv => kv.Key));

    public static IReadOnlyDictionary<string, Type> ByManifest => ByManifestLazy.Value;

    public static IReadOnlyDictionary<Type, string> ByType => ByTypeLazy.Value;

    /// <summary>Every concrete type that says it is persisted, with or without a manifest (the test checks they all have one).</summary>
    public static IEnumerable<Type> AllConcrete() =>
        Assemblies().SelectMany(a => a.GetTypes())
            .Where(t => typeof(IPersisted).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });

    public static IEnumerable<Assembly> Assemblies() => [typeof(IPersisted).Assembly, typeof(PersistedTypes).Assembly];

    private static Dictionary<string, Type> Scan()
    {
        var map = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in AllConcrete())
        {
            var manifest = type.GetCustomAttribute<PersistedAsAttribute>()?.Manifest
                ?? throw new InvalidOperationException($"{type.FullName} is persisted but has no [PersistedAs] manifest.");
            if (!map.TryAdd(manifest, type))
            {
                throw new InvalidOperationException($"Manifest '{manifest}' is used by both {map[manifest].FullName} and {type.FullName}.");
            }
        }

        return map;
    }

    /// <summary>The tag of an event: the first segment of its manifest (<c>trip.requested.v1</c> → <c>trip</c>).</summary>
    public static string TagOf(Type type) => ByType[type].Split('.', 2)[0];
}
