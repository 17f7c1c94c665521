using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;

namespace Upjunoo.Infrastructure.Serialization;

/// <summary>
/// Serializes <see cref="Application.Common.IWireMessage"/>s that cross nodes (entity envelopes and commands, their
/// replies, region messages) with System.Text.Json. Persisted types inside them are plain records here; what is
/// persisted goes through <c>UpjunooSerializer</c> (stable manifests, encryption) instead.
/// </summary>
public sealed class WireSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    public const int Id = 4243;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new TypeTaggedConverterFactory() },
        IncludeFields = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public override int Identifier => Id;

    public override string Manifest(object o) => WireTypes.NameOf(o.GetType());

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    public override object FromBinary(byte[] bytes, string manifest) =>
        JsonSerializer.Deserialize(bytes, WireTypes.Resolve(manifest), Options)!;
}
