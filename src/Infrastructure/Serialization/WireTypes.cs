using System.Collections.Concurrent;

namespace Upjunoo.Infrastructure.Serialization;

/// <summary>
/// Type names on the wire between nodes of one cluster, which run the same build: assembly-qualified without
/// versions. Only our own assemblies' types are accepted, so a peer cannot make a node instantiate arbitrary types.
/// </summary>
public static class WireTypes
{
    private static readonly ConcurrentDictionary<string, Type> Cache = new(StringComparer.Ordinal);

    public static string NameOf(Type type) => type.AssemblyQualifiedName!;

    public static Type Resolve(string name) => Cache.GetOrAdd(name, static n =>
    {
        var type = Type.GetType(n, throwOnError: true)!;
        if (!IsOurs(type))
        {
            throw new InvalidOperationException($"Type {type.FullName} may not travel between nodes.");
        }

        return type;
    });

    private static bool IsOurs(Type type) =>
        (type.Assembly.GetName().Name ?? "").StartsWith("Upjunoo.", StringComparison.Ordinal)
        || type.IsPrimitive || type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(Guid)
        || (type.IsGenericType && type.GetGenericArguments().All(IsOurs) && (type.Namespace ?? "").StartsWith("System", StringComparison.Ordinal));
}
