using System.Text.Json;
using Akka.Actor;
using Akka.TestKit.Xunit2;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Identity;
using Upjunoo.Domain.Location;
using Upjunoo.Infrastructure.Entities;
using Upjunoo.Infrastructure.Location;
using Upjunoo.Infrastructure.Serialization;

namespace Upjunoo.Infrastructure.Tests.Serialization;

/// <summary>What crosses nodes must come back as the same concrete types (commands of closed hierarchies, events, rejections).</summary>
public class WireSerializerSpec : TestKit
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private object RoundTrip(object message)
    {
        var serializer = new WireSerializer((ExtendedActorSystem)Sys);
        return serializer.FromBinary(serializer.ToBinary(message), serializer.Manifest(message));
    }

    [Fact]
    public void An_envelope_with_a_command_comes_back_with_its_concrete_command()
    {
        var envelope = new EntityEnvelope("acc-1", new Execute<AccountCommand>(
            new AccountCommand.Register("acc-1", "Awa Koné", "+2250701020304", null, CountryCode.CI, Language.Fr, T0)));

        var back = Assert.IsType<EntityEnvelope>(RoundTrip(envelope));

        var register = Assert.IsType<AccountCommand.Register>(Assert.IsType<Execute<AccountCommand>>(back.Message).Command);
        Assert.Equal("Awa Koné", register.Name);
        Assert.Equal(CountryCode.CI, register.Country);
    }

    [Fact]
    public void A_reply_keeps_its_state_events_and_rejection()
    {
        var state = AccountState.Unregistered with { AccountId = "acc-1", Name = "Awa", Roles = [Role.Customer] };
        var reply = new EntityReply<AccountState, AccountEvent>(
            state, [new AccountEvent.V1.RoleGranted(Role.Driver, "x", T0)], Rejection.Conflict("c.code", "detail"));

        var back = Assert.IsType<EntityReply<AccountState, AccountEvent>>(RoundTrip(reply));

        Assert.Equal("Awa", back.State.Name);
        Assert.Equal(Role.Driver, Assert.IsType<AccountEvent.V1.RoleGranted>(Assert.Single(back.Events)).Role);
        Assert.Equal("c.code", back.Rejection!.Code);
        Assert.Equal(RejectionKind.Conflict, back.Rejection.Kind);
    }

    [Fact]
    public void Region_messages_round_trip()
    {
        var query = new QueryNearby("s0000x", new GeoPoint(5.3, -4.0), 1500, "standard", 10, PartnerKind.Driver);
        var result = new NearbyResult("s0000x", [new NearbyDriver("d1", "Koffi", new PublicVehicle("Toyota", "Yaris", "blue"), 4.8, 120, 30, new GeoPoint(5.3, -4.0))]);

        Assert.Equal(query, RoundTrip(query));
        Assert.Equal("Koffi", Assert.Single(Assert.IsType<NearbyResult>(RoundTrip(result)).Drivers).FirstName);
    }

    [Fact]
    public void A_foreign_type_name_is_refused()
    {
        var serializer = new WireSerializer((ExtendedActorSystem)Sys);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new { fileName = "x" });

        Assert.Throws<InvalidOperationException>(() => serializer.FromBinary(payload, typeof(System.IO.FileInfo).AssemblyQualifiedName!));
    }

    [Fact]
    public void The_actor_system_uses_it_for_wire_messages()
    {
        Assert.IsType<WireSerializer>(Sys.Serialization.FindSerializerFor(GetState.Instance));
    }

    public WireSerializerSpec()
        : base("""
            akka.actor.serializers.upjunoo-wire = "Upjunoo.Infrastructure.Serialization.WireSerializer, Upjunoo.Infrastructure"
            akka.actor.serialization-bindings."Upjunoo.Application.Common.IWireMessage, Upjunoo.Application" = upjunoo-wire
            akka.actor.serialization-identifiers."Upjunoo.Infrastructure.Serialization.WireSerializer, Upjunoo.Infrastructure" = 4243
            """)
    {
    }
}
