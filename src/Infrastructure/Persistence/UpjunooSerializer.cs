using Akka.Actor;
using Akka.Serialization;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Persistence;

/// <summary>
/// System.Text.Json with stable string manifests for every persisted type (never CLR type names, so renames are safe),
/// and personal fields encrypted with their data subject's key (<see cref="PersonalDataJson"/>).
/// </summary>
/// <remarks>
/// The protector is given through the constructor: <c>WithUpjunooPersistence</c> registers the serializer with a
/// factory that closes over it. No static registry, so several actor systems in one process (test hosts) each keep
/// their own key store. Created by HOCON alone it has no protector and refuses to write or read personal fields.
/// </remarks>
public sealed class UpjunooSerializer(ExtendedActorSystem system, PersonalDataProtector? protector) : SerializerWithStringManifest(system)
{
    public const int Id = 4242;
    private readonly PersonalDataJson _json = new(protector);

    public UpjunooSerializer(ExtendedActorSystem system)
        : this(system, null)
    {
    }

    public override int Identifier => Id;

    public override byte[] ToBinary(object obj) =>
        obj is SubjectScoped scoped ? _json.Serialize(scoped.Payload, scoped.SubjectId) : _json.Serialize(obj, null);

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (!PersistedTypes.ByManifest.TryGetValue(manifest, out var type))
        {
            throw new SerializationException($"Unknown manifest '{manifest}'.");
        }

        return _json.Deserialize(bytes, type) ?? throw new SerializationException($"Null payload for manifest '{manifest}'.");
    }

    public override string Manifest(object o)
    {
        var payload = SubjectScoped.Unwrap(o);
        return PersistedTypes.ByType.TryGetValue(payload.GetType(), out var manifest)
            ? manifest
            : throw new SerializationException($"{payload.GetType().FullName} has no [PersistedAs] manifest.");
    }
}
