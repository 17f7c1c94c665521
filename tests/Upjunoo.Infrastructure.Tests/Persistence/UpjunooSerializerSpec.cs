using System.Reflection;
using System.Text.Json;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using Upjunoo.Domain.Common;
using Upjunoo.Infrastructure.Persistence;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Tests.Support;

namespace Upjunoo.Infrastructure.Tests.Persistence;

public sealed class UpjunooSerializerSpec : TestKit
{
    private readonly TestKeys _keys = new();

    public static TheoryData<string> PersistedTypeNames()
    {
        var data = new TheoryData<string>();
        foreach (var type in PersistedTypes.AllConcrete())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    private static Type TypeNamed(string name) => PersistedTypes.AllConcrete().Single(t => t.FullName == name);

    [Fact]
    public void There_are_persisted_types_and_each_has_a_unique_versioned_manifest()
    {
        var types = PersistedTypes.AllConcrete().ToList();

        Assert.True(types.Count >= 10, $"only {types.Count} persisted types found");
        Assert.All(types, t =>
        {
            var manifest = t.GetCustomAttribute<PersistedAsAttribute>()?.Manifest;
            Assert.False(string.IsNullOrEmpty(manifest), $"{t.FullName} has no [PersistedAs]");
            Assert.Matches(@"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+\.v\d+$", manifest);
        });
        Assert.Equal(types.Count, PersistedTypes.ByManifest.Count);
    }

    [Theory]
    [MemberData(nameof(PersistedTypeNames))]
    public void Every_persisted_type_round_trips_through_the_serializer_with_its_manifest(string typeName)
    {
        var type = TypeNamed(typeName);
        var original = SampleValues.Create(type);
        var serializer = new UpjunooSerializer((ExtendedActorSystem)Sys, _keys.Protector);

        // As an entity persists it: with its subject, for personal fields that name none themselves.
        var manifest = serializer.Manifest(original);
        var bytes = serializer.ToBinary(new SubjectScoped("entity-subject", original));
        var restored = serializer.FromBinary(bytes, manifest);

        Assert.Equal(type.GetCustomAttribute<PersistedAsAttribute>()!.Manifest, manifest);
        Assert.IsType(type, restored);
        Assert.Equal(
            JsonSerializer.Serialize(original, type, PersistenceJson.Options),
            JsonSerializer.Serialize(restored, type, PersistenceJson.Options));
    }

    [Fact]
    public async Task The_actor_system_picks_our_serializer_for_persisted_types()
    {
        var sample = SampleValues.Create(PersistedTypes.AllConcrete().First());
        var system = ActorSystem.Create("serializer-binding", Akka.Configuration.ConfigurationFactory.ParseString("""
            akka.actor.serializers.upjunoo = "Upjunoo.Infrastructure.Persistence.UpjunooSerializer, Upjunoo.Infrastructure"
            akka.actor.serialization-bindings."Upjunoo.Domain.Common.IPersisted, Upjunoo.Domain" = upjunoo
            akka.actor.serialization-identifiers."Upjunoo.Infrastructure.Persistence.UpjunooSerializer, Upjunoo.Infrastructure" = 4242
            """));
        try
        {
            Assert.Equal(UpjunooSerializer.Id, system.Serialization.FindSerializerFor(sample).Identifier);
        }
        finally
        {
            await system.Terminate();
        }
    }

    [Fact]
    public void An_unknown_manifest_is_a_clear_error()
    {
        var serializer = new UpjunooSerializer((ExtendedActorSystem)Sys);

        var error = Assert.Throws<SerializationException>(() => serializer.FromBinary("{}"u8.ToArray(), "nope.v1"));
        Assert.Contains("nope.v1", error.Message, StringComparison.Ordinal);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _keys.Dispose();
    }
}
