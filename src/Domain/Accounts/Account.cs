using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;
using static Upjunoo.Domain.Accounts.AccountEvent.V1;

namespace Upjunoo.Domain.Accounts;

/// <summary>A person's account: identity, roles, devices and sign-in sessions (R1, R2, R22).</summary>
public sealed class Account : IDecider<AccountState, AccountCommand, AccountEvent>
{
    public static AccountState Initial => AccountState.Unregistered;

    public static Decision<AccountEvent> Decide(AccountCommand command, AccountState state)
    {
        if (command is AccountCommand.Register register)
        {
            return Register(register, state);
        }

        if (!state.IsRegistered)
        {
            return Rejection.NotFound("account.not-found", "No such account.");
        }

        if (state.IsClosed)
        {
            return command is AccountCommand.Close
                ? Decision<AccountEvent>.Nothing
                : Rejection.Forbidden("account.closed", "This account has been closed.");
        }

        return command switch
        {
            AccountCommand.RecordSignIn c => SignIn(c, state),
            AccountCommand.StartSession c => Decision<AccountEvent>.Accept(new SessionStarted(c.FamilyId, c.TokenHash, c.ExpiresAt, c.Now)),
            AccountCommand.RotateSession c => Rotate(c, state),
            AccountCommand.Rectify c => Rectify(c),
            AccountCommand.RequestDriverProfile c => RequestPartner(c, state),
            AccountCommand.RequestStoreProfile c => RequestStore(c, state),
            AccountCommand.GrantRole c => state.Has(c.Role)
                ? Decision<AccountEvent>.Nothing
                : Decision<AccountEvent>.Accept(new RoleGranted(c.Role, c.GrantedBy, c.Now)),
            AccountCommand.Close c => Decision<AccountEvent>.Accept(new Closed(c.RequestId, c.Now)),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static Decision<AccountEvent> Register(AccountCommand.Register c, AccountState state)
    {
        if (state.IsRegistered)
        {
            return Decision<AccountEvent>.Nothing;
        }

        if (NameProblem(c.Name) is { } nameProblem)
        {
            return nameProblem;
        }

        if (c.Email is not null && !AccountRules.IsPlausibleEmail(c.Email))
        {
            return Rejection.Invalid("account.invalid-email", "The e-mail address is not valid.", "email");
        }

        return Decision<AccountEvent>.Accept(
            new Registered(c.AccountId, c.Name.Trim(), c.Phone, c.Email, c.Country, c.Language, c.Now),
            new RoleGranted(Role.Customer, "system", c.Now));
    }

    private static Rejection? NameProblem(string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Trim().Length > AccountRules.MaxNameLength || name.Any(char.IsControl)
            ? Rejection.Invalid("account.invalid-name", $"A name of 1 to {AccountRules.MaxNameLength} characters is required.", "name")
            : null;

    private static Decision<AccountEvent> SignIn(AccountCommand.RecordSignIn c, AccountState state)
    {
        var known = state.Devices.Any(d => d.Device.DeviceId == c.Device.DeviceId);
        var events = new List<AccountEvent> { new DeviceSignedIn(c.Device, c.Ip, !known, c.Now) };
        events.AddRange(c.BootstrapRoles.Where(r => !state.Has(r)).Distinct().Select(r => new RoleGranted(r, "bootstrap", c.Now)));
        return Decision<AccountEvent>.Accept(events);
    }

    private static Decision<AccountEvent> Rotate(AccountCommand.RotateSession c, AccountState state)
    {
        var family = state.Sessions.FirstOrDefault(s => s.FamilyId == c.FamilyId);
        if (family is null || family.Revoked)
        {
            return Rejection.Unauthorized("auth.refresh-revoked", "This session has ended; sign in again.");
        }

        if (c.Now >= family.ExpiresAt)
        {
            return Rejection.Unauthorized("auth.refresh-expired", "This session has expired; sign in again.");
        }

        // A token that is not the current one of its family was stolen or replayed: end the whole family.
        return family.CurrentHash == c.PresentedHash
            ? Decision<AccountEvent>.Accept(new SessionRotated(c.FamilyId, c.NewHash, c.NewExpiresAt, c.Now))
            : Decision<AccountEvent>.Accept(new SessionRevoked(c.FamilyId, "refresh-token-reuse", c.Now));
    }

    private static Decision<AccountEvent> Rectify(AccountCommand.Rectify c)
    {
        if (c.Name is not null && NameProblem(c.Name) is { } nameProblem)
        {
            return nameProblem;
        }

        if (c.Email is not null && !AccountRules.IsPlausibleEmail(c.Email))
        {
            return Rejection.Invalid("account.invalid-email", "The e-mail address is not valid.", "email");
        }

        return c.Name is null && c.Email is null && c.Language is null
            ? Decision<AccountEvent>.Nothing
            : Decision<AccountEvent>.Accept(new Rectified(c.Name?.Trim(), c.Email, c.Language, c.Now));
    }

    private static Decision<AccountEvent> RequestPartner(AccountCommand.RequestDriverProfile c, AccountState state)
    {
        if (c.Kind == PartnerKind.Driver && c.Vehicle is null)
        {
            return Rejection.Invalid("account.vehicle-required", "A driver profile needs a vehicle.", "vehicle");
        }

        if (state.Partner is { Approved: true } existing && existing.Kind != c.Kind)
        {
            return Rejection.Conflict("account.partner-kind-conflict", $"This account is already a {existing.Kind.ToString().ToLowerInvariant()}.");
        }

        var role = c.Kind == PartnerKind.Driver ? Role.Driver : Role.Courier;
        var events = new List<AccountEvent> { new PartnerProfileRequested(c.Kind, c.Vehicle, c.Services, c.Now) };
        if (c.AutoApprove)
        {
            events.Add(new PartnerProfileApproved(c.Now));
            if (!state.Has(role))
            {
                events.Add(new RoleGranted(role, "auto-approval", c.Now));
            }
        }

        return Decision<AccountEvent>.Accept(events);
    }

    private static Decision<AccountEvent> RequestStore(AccountCommand.RequestStoreProfile c, AccountState state) =>
        !c.AutoApprove || state.Has(Role.Store)
            ? Decision<AccountEvent>.Nothing
            : Decision<AccountEvent>.Accept(new RoleGranted(Role.Store, "auto-approval", c.Now));

    public static AccountState Evolve(AccountState state, AccountEvent @event) => @event switch
    {
        Registered e => state with
        {
            AccountId = e.AccountId, Name = e.Name, Phone = e.Phone, Email = e.Email,
            Country = e.Country, Language = e.Language, RegisteredAt = e.At,
        },
        DeviceSignedIn e => state with { Devices = WithDevice(state.Devices, e) },
        SessionStarted e => state with
        {
            Sessions = [.. state.Sessions.Where(s => !s.Revoked && s.ExpiresAt > e.At).TakeLast(AccountRules.MaxSessions - 1),
                new SessionFamily(e.FamilyId, e.TokenHash, e.ExpiresAt, false)],
        },
        SessionRotated e => state with
        {
            Sessions = [.. state.Sessions.Select(s => s.FamilyId == e.FamilyId ? s with { CurrentHash = e.TokenHash, ExpiresAt = e.ExpiresAt } : s)],
        },
        SessionRevoked e => state with
        {
            Sessions = [.. state.Sessions.Select(s => s.FamilyId == e.FamilyId ? s with { Revoked = true } : s)],
        },
        Rectified e => state with { Name = e.Name ?? state.Name, Email = e.Email ?? state.Email, Language = e.Language ?? state.Language },
        PartnerProfileRequested e => state with
        {
            Partner = new PartnerProfile(e.Kind, e.Vehicle, e.Services, state.Partner is { Approved: true } p && p.Kind == e.Kind),
        },
        PartnerProfileApproved => state with { Partner = state.Partner! with { Approved = true } },
        RoleGranted e => state.Has(e.Role) ? state : state with { Roles = [.. state.Roles, e.Role] },

        // What the running entity keeps of a closed account: nothing personal, and no live session.
        Closed e => state with
        {
            ClosedAt = e.At, Name = Privacy.Erased.Text, Phone = Privacy.Erased.Text, Email = null, Devices = [],
            Sessions = [.. state.Sessions.Select(s => s with { Revoked = true })],
        },
        _ => state,
    };

    private static IReadOnlyList<KnownDevice> WithDevice(IReadOnlyList<KnownDevice> devices, DeviceSignedIn e)
    {
        var existing = devices.FirstOrDefault(d => d.Device.DeviceId == e.Device.DeviceId);
        return existing is null
            ? [.. devices, new KnownDevice(e.Device, e.Ip, e.At, e.At)]
            : [.. devices.Select(d => d == existing ? d with { Device = e.Device, LastIp = e.Ip, LastSeen = e.At } : d)];
    }
}
