using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;
using static Upjunoo.Domain.Accounts.AccountEvent.V1;

namespace Upjunoo.Domain.Tests.Accounts;

public class AccountSpec
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly DeviceInfo Phone1 = new("dev-1", "Pixel 8", "Android 15", "1.0.0");

    private static (Decision<AccountEvent> Decision, AccountState State) When(AccountState state, AccountCommand command)
    {
        var decision = Account.Decide(command, state);
        return (decision, decision.Events.Aggregate(state, Account.Evolve));
    }

    private static AccountState Registered() => When(
        Account.Initial,
        new AccountCommand.Register("acc-1", "Awa Koné", "+2250701020304", null, CountryCode.CI, Language.Fr, T0)).State;

    [Fact]
    public void Given_nothing_When_registering_Then_the_account_exists_as_a_customer()
    {
        var state = Registered();

        Assert.True(state.IsRegistered);
        Assert.Equal("Awa", state.FirstName);
        Assert.Equal([Role.Customer], state.Roles);
        Assert.Equal(CountryCode.CI, state.Country);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a\u0001b")]
    public void Given_nothing_When_registering_with_a_bad_name_Then_invalid(string name)
    {
        var (decision, _) = When(Account.Initial, new AccountCommand.Register("acc-1", name, "+2250701020304", null, CountryCode.CI, Language.Fr, T0));

        Assert.Equal("account.invalid-name", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_nothing_When_registering_with_a_bad_email_Then_invalid()
    {
        var (decision, _) = When(Account.Initial, new AccountCommand.Register("acc-1", "Awa", "+225", "not-an-email", CountryCode.CI, Language.Fr, T0));

        Assert.Equal("account.invalid-email", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_a_registered_account_When_registering_again_Then_nothing_happens()
    {
        var (decision, _) = When(Registered(), new AccountCommand.Register("acc-1", "Other", "+1", null, CountryCode.CA, Language.En, T0));

        Assert.Empty(decision.Events);
        Assert.False(decision.IsRejected);
    }

    [Fact]
    public void Given_no_account_When_any_other_command_Then_not_found()
    {
        var (decision, _) = When(Account.Initial, new AccountCommand.RecordSignIn(Phone1, "1.2.3.4", [], T0));

        Assert.Equal(RejectionKind.NotFound, decision.Rejection!.Kind);
    }

    [Fact]
    public void Given_an_account_When_signing_in_from_a_new_then_a_known_device_Then_only_the_first_is_new()
    {
        var (first, afterFirst) = When(Registered(), new AccountCommand.RecordSignIn(Phone1, "1.2.3.4", [], T0));
        var (second, afterSecond) = When(afterFirst, new AccountCommand.RecordSignIn(Phone1, "5.6.7.8", [], T0.AddHours(1)));

        Assert.True(Assert.IsType<DeviceSignedIn>(Assert.Single(first.Events)).NewDevice);
        Assert.False(Assert.IsType<DeviceSignedIn>(Assert.Single(second.Events)).NewDevice);
        var device = Assert.Single(afterSecond.Devices);
        Assert.Equal("5.6.7.8", device.LastIp);
        Assert.Equal(T0, device.FirstSeen);
        Assert.Equal(T0.AddHours(1), device.LastSeen);
    }

    [Fact]
    public void Given_an_admin_phone_When_signing_in_Then_bootstrap_roles_are_granted_once()
    {
        var (first, after) = When(Registered(), new AccountCommand.RecordSignIn(Phone1, null, [Role.Operator, Role.Dpo], T0));
        var (second, _) = When(after, new AccountCommand.RecordSignIn(Phone1, null, [Role.Operator, Role.Dpo], T0));

        Assert.Equal(2, first.Events.OfType<RoleGranted>().Count());
        Assert.Empty(second.Events.OfType<RoleGranted>());
        Assert.True(after.Has(Role.Operator) && after.Has(Role.Dpo));
    }

    [Fact]
    public void Given_a_session_When_the_current_token_is_rotated_Then_the_new_hash_is_current()
    {
        var state = When(Registered(), new AccountCommand.StartSession("fam", "h1", T0.AddDays(30), T0)).State;

        var (decision, after) = When(state, new AccountCommand.RotateSession("fam", "h1", "h2", T0.AddDays(31), T0.AddMinutes(20)));

        Assert.IsType<SessionRotated>(Assert.Single(decision.Events));
        Assert.Equal("h2", Assert.Single(after.Sessions).CurrentHash);
    }

    [Fact]
    public void Given_a_rotated_session_When_the_old_token_is_replayed_Then_the_family_is_revoked_and_the_new_token_dies_too()
    {
        var state = When(Registered(), new AccountCommand.StartSession("fam", "h1", T0.AddDays(30), T0)).State;
        state = When(state, new AccountCommand.RotateSession("fam", "h1", "h2", T0.AddDays(30), T0.AddMinutes(1))).State;

        var (replay, revoked) = When(state, new AccountCommand.RotateSession("fam", "h1", "h3", T0.AddDays(30), T0.AddMinutes(2)));
        var (useNew, _) = When(revoked, new AccountCommand.RotateSession("fam", "h2", "h4", T0.AddDays(30), T0.AddMinutes(3)));

        Assert.IsType<SessionRevoked>(Assert.Single(replay.Events));
        Assert.Equal("auth.refresh-revoked", useNew.Rejection!.Code);
    }

    [Fact]
    public void Given_an_expired_session_When_rotating_Then_refused()
    {
        var state = When(Registered(), new AccountCommand.StartSession("fam", "h1", T0.AddDays(1), T0)).State;

        var (decision, _) = When(state, new AccountCommand.RotateSession("fam", "h1", "h2", T0.AddDays(2), T0.AddDays(1)));

        Assert.Equal("auth.refresh-expired", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_an_account_When_rectifying_Then_only_given_fields_change()
    {
        var (_, after) = When(Registered(), new AccountCommand.Rectify(null, "awa@example.ci", Language.En, T0));

        Assert.Equal("Awa Koné", after.Name);
        Assert.Equal("awa@example.ci", after.Email);
        Assert.Equal(Language.En, after.Language);
    }

    [Fact]
    public void Given_an_account_When_asking_to_drive_without_a_vehicle_Then_invalid()
    {
        var (decision, _) = When(Registered(), new AccountCommand.RequestDriverProfile(PartnerKind.Driver, null, [], true, T0));

        Assert.Equal("account.vehicle-required", decision.Rejection!.Code);
    }

    [Fact]
    public void Given_auto_approval_When_asking_to_drive_Then_the_driver_role_is_granted()
    {
        var vehicle = new Vehicle("Toyota", "Corolla", "AB-123-CI", "white");

        var (_, after) = When(Registered(), new AccountCommand.RequestDriverProfile(PartnerKind.Driver, vehicle, ["standard"], true, T0));

        Assert.True(after.Has(Role.Driver));
        Assert.True(after.Partner!.Approved);
    }

    [Fact]
    public void Given_no_auto_approval_When_asking_to_drive_Then_the_request_waits()
    {
        var vehicle = new Vehicle("Toyota", "Corolla", "AB-123-CI", "white");

        var (_, after) = When(Registered(), new AccountCommand.RequestDriverProfile(PartnerKind.Driver, vehicle, ["standard"], false, T0));

        Assert.False(after.Has(Role.Driver));
        Assert.False(after.Partner!.Approved);
    }

    [Fact]
    public void Given_an_approved_courier_When_asking_to_drive_Then_conflict()
    {
        var state = When(Registered(), new AccountCommand.RequestDriverProfile(PartnerKind.Courier, null, [], true, T0)).State;

        var (decision, _) = When(state, new AccountCommand.RequestDriverProfile(PartnerKind.Driver, new Vehicle("a", "b", "c", "d"), [], true, T0));

        Assert.Equal(RejectionKind.Conflict, decision.Rejection!.Kind);
    }
}
