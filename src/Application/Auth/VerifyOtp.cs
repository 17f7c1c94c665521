using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Accounts.Login;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Auth;

/// <summary>Checks a one-time code; creates the account on the first sign-in; records the device; issues tokens.</summary>
public sealed record VerifyOtp(
    string? Phone, string? Code, string? Name, string? Email, string? Country, string? Language,
    DeviceDetails? Device, string? Ip, Language? RequestLanguage) : IRequest<Outcome<TokenPair>>;

public sealed class VerifyOtpHandler(
    PhoneLoginGateway logins,
    AccountGateway accounts,
    LoginSecrets secrets,
    SessionIssuer sessions,
    INotificationSender notifications,
    AuthSettings settings,
    IIdGenerator ids,
    TimeProvider clock) : IRequestHandler<VerifyOtp, Outcome<TokenPair>>
{
    public async ValueTask<Outcome<TokenPair>> Handle(VerifyOtp request, CancellationToken cancellationToken)
    {
        if (Validate(request) is { } invalid)
        {
            return invalid;
        }

        var phone = Accounts.PhoneNumbers.ToE164(request.Phone)!;
        var fingerprint = secrets.PhoneFingerprint(phone);
        var now = clock.GetUtcNow();
        var login = await logins.Send(
            fingerprint, new PhoneLoginCommand.VerifyCode(secrets.CodeHash(fingerprint, request.Code!), ids.NewId(), !string.IsNullOrWhiteSpace(request.Name), now), cancellationToken);
        if (login.Rejection is { } refused)
        {
            return refused;
        }

        if (login.Events.Any(e => e is PhoneLoginEvent.V1.CodeLocked))
        {
            return Rejection.TooMany("otp.locked", "Too many wrong codes; request a new code.");
        }

        if (login.Events.Any(e => e is PhoneLoginEvent.V1.WrongCodeEntered))
        {
            return Rejection.Unauthorized("otp.invalid", "The code is not the one we sent.");
        }

        var accountId = login.State.AccountId!;
        var account = await accounts.Get(accountId, cancellationToken);
        if (!account.IsRegistered)
        {
            var registered = await Register(accountId, phone, request, now, cancellationToken);
            if (registered.Rejection is { } registerRefused)
            {
                return registerRefused;
            }
        }

        var bootstrap = settings.AdminPhones.Contains(phone) ? new[] { Role.Operator, Role.Dpo } : [];
        var device = new DeviceInfo(request.Device!.Id!, request.Device.Model, request.Device.Os, request.Device.AppVersion);
        var signIn = await accounts.Send(accountId, new AccountCommand.RecordSignIn(device, request.Ip, bootstrap, now), cancellationToken);
        if (signIn.Rejection is { } signInRefused)
        {
            return signInRefused;
        }

        var isNewDevice = signIn.Events.OfType<AccountEvent.V1.DeviceSignedIn>().Any(e => e.NewDevice);
        if (isNewDevice && signIn.State.Devices.Count > 1)
        {
            await NotifyNewDevice(signIn.State, device, cancellationToken);
        }

        return await sessions.Start(signIn.State, now, cancellationToken);
    }

    private static Rejection? Validate(VerifyOtp request)
    {
        var errors = new Dictionary<string, string[]>();
        if (Accounts.PhoneNumbers.ToE164(request.Phone) is null)
        {
            errors["phone"] = ["The phone number is not valid; use the international format (+225…)."];
        }

        if (request.Code is not { Length: PhoneLoginRules.CodeDigits } code || !code.All(char.IsAsciiDigit))
        {
            errors["code"] = ["The code has 6 digits."];
        }

        if (request.Device is not { Id: { Length: > 0 and <= 128 } })
        {
            errors["device.id"] = ["The device id is required (at most 128 characters)."];
        }

        if (request.Country is not null && Countries.Find(request.Country) is null)
        {
            errors["country"] = ["The country must be one of CA, CI, CD."];
        }

        if (request.Language is not null && !Enum.TryParse<Language>(request.Language, ignoreCase: true, out _))
        {
            errors["language"] = ["The language must be fr or en."];
        }

        if (request.Email is not null && !AccountRules.IsPlausibleEmail(request.Email))
        {
            errors["email"] = ["The e-mail address is not valid."];
        }

        if (request.Name is not null && (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > AccountRules.MaxNameLength))
        {
            errors["name"] = [$"A name has 1 to {AccountRules.MaxNameLength} characters."];
        }

        return errors.Count == 0
            ? null
            : new Rejection(RejectionKind.Invalid, "validation", "Some fields are not valid.", errors);
    }

    private async Task<EntityReply<AccountState, AccountEvent>> Register(
        string accountId, string phone, VerifyOtp request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var country = Countries.Find(request.Country)
            ?? (Accounts.PhoneNumbers.CountryOf(phone) is { } fromPhone ? Countries.Of(fromPhone) : Countries.Canada);
        var language = Enum.TryParse<Language>(request.Language, ignoreCase: true, out var chosen)
            ? chosen
            : request.RequestLanguage ?? country.DefaultLanguage;
        return await accounts.Send(
            accountId, new AccountCommand.Register(accountId, request.Name!, phone, request.Email, country.Code, language, now), cancellationToken);
    }

    private async Task NotifyNewDevice(AccountState account, DeviceInfo device, CancellationToken cancellationToken)
    {
        var body = Texts.Get("device.new.body", account.Language, account.FirstName, device.Model ?? device.DeviceId);
        await notifications.Send(
            new OutgoingMessage(NotificationChannel.Sms, account.Phone!, null, body, NotificationPurpose.Security, account.AccountId), cancellationToken);
        if (account.Email is { } email)
        {
            await notifications.Send(
                new OutgoingMessage(NotificationChannel.Email, email, Texts.Get("device.new.subject", account.Language), body, NotificationPurpose.Security, account.AccountId),
                cancellationToken);
        }
    }
}
