using Akka.Actor;
using Akka.TestKit.Xunit2;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using Upjunoo.Infrastructure.Entities;

namespace Upjunoo.Infrastructure.Tests.Entities;

public class AccountActorSpec() : TestKit("""
    akka.persistence.journal.plugin = "akka.persistence.journal.inmem"
    akka.persistence.snapshot-store.plugin = "akka.persistence.snapshot-store.inmem"
    """)
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private IActorRef Spawn(string id, int snapshotEvery = 100) =>
        Sys.ActorOf(Props.Create(() => new DeciderActor<Account, AccountState, AccountCommand, AccountEvent>("account", id, snapshotEvery)));

    private static Execute<AccountCommand> Register(string id) =>
        new(new AccountCommand.Register(id, "Jean Mukendi", "+243812345678", "jean@example.cd", CountryCode.CD, Language.Fr, T0));

    [Fact]
    public void Account_actor_replies_after_persisting_with_the_new_state()
    {
        var actor = Spawn("a1");

        actor.Tell(Register("a1"));

        var reply = ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        Assert.Null(reply.Rejection);
        Assert.Equal(2, reply.Events.Count);
        Assert.Equal("Jean Mukendi", reply.State.Name);
    }

    [Fact]
    public void Account_actor_recovers_its_state_from_the_journal_after_a_stop()
    {
        var first = Spawn("a2");
        first.Tell(Register("a2"));
        ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        first.Tell(new Execute<AccountCommand>(new AccountCommand.RecordSignIn(new DeviceInfo("d1", "Tecno", "Android", "1.0"), "10.0.0.1", [], T0)));
        ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        Watch(first);
        first.Tell(PoisonPill.Instance);
        ExpectTerminated(first);

        var second = Spawn("a2");
        second.Tell(GetState.Instance);

        var state = ExpectMsg<AccountState>();
        Assert.Equal("a2", state.AccountId);
        Assert.Equal("+243812345678", state.Phone);
        Assert.Equal("d1", Assert.Single(state.Devices).Device.DeviceId);
    }

    [Fact]
    public void Account_actor_recovers_from_a_snapshot_plus_later_events()
    {
        var first = Spawn("a3", snapshotEvery: 2);
        first.Tell(Register("a3"));
        ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        first.Tell(new Execute<AccountCommand>(new AccountCommand.Rectify("Jean-Paul Mukendi", null, null, T0)));
        ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        Watch(first);
        first.Tell(PoisonPill.Instance);
        ExpectTerminated(first);

        var second = Spawn("a3", snapshotEvery: 2);
        second.Tell(GetState.Instance);

        Assert.Equal("Jean-Paul Mukendi", ExpectMsg<AccountState>().Name);
    }

    [Fact]
    public void A_rejected_command_persists_nothing_and_says_why()
    {
        var actor = Spawn("a4");

        actor.Tell(new Execute<AccountCommand>(new AccountCommand.Rectify("x", null, null, T0)));

        var reply = ExpectMsg<EntityReply<AccountState, AccountEvent>>();
        Assert.Equal("account.not-found", reply.Rejection!.Code);
        Assert.Empty(reply.Events);
    }
}
