using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>
/// System.Text.Json with stable string manifests for every persisted type (never CLR type names, so renames are safe).
/// </summary>
public sealed class UpjunooSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    public const int Id = 4242;

    public override int Identifier => Id;

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), PersistenceJson.Options);

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!PersistedTypes.ByManifest.TryGetValue(manifest, out var type))
        {
            throw new SerializationException($"Unknown manifest '{manifest}'.");
        }

        return JsonSerializer.Deserialize(bytes, type, PersistenceJson.Options)
            ?? throw new SerializationException($"Null payload for manifest '{manifest}'.");
    }

    public override string Manifest(object o) =>
        PersistedTypes.ByType.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new SerializationException($"{o.GetType().FullName} has no [PersistedAs] manifest.");
}
