using System.Security.Cryptography;
using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Localization;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Accounts.Login;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Auth;

/// <summary>Sends a one-time code by SMS to a phone (R1).</summary>
public sealed record RequestOtp(string? Phone, Language? Language) : IRequest<Outcome<OtpRequested>>;

public sealed record OtpRequested(int ExpiresInSeconds);

public sealed class RequestOtpHandler(
    PhoneLoginGateway logins, LoginSecrets secrets, INotificationSender notifications, TimeProvider clock)
    : IRequestHandler<RequestOtp, Outcome<OtpRequested>>
{
    public async ValueTask<Outcome<OtpRequested>> Handle(RequestOtp request, CancellationToken cancellationToken)
    {
        if (Accounts.PhoneNumbers.ToE164(request.Phone) is not { } phone)
        {
            return Rejection.Invalid("auth.invalid-phone", "The phone number is not valid; use the international format (+225…).", "phone");
        }

        var fingerprint = secrets.PhoneFingerprint(phone);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var reply = await logins.Send(
            fingerprint, new PhoneLoginCommand.IssueCode(secrets.CodeHash(fingerprint, code), clock.GetUtcNow()), cancellationToken);
        if (reply.Rejection is { } rejection)
        {
            return rejection;
        }

        // The app's language if it says one, else the language of the number's country.
        var language = request.Language
            ?? (Accounts.PhoneNumbers.CountryOf(phone) is { } country ? Countries.Of(country).DefaultLanguage : Language.En);
        await notifications.Send(
            new OutgoingMessage(NotificationChannel.Sms, phone, null, Texts.Get("otp.sms", language, code), NotificationPurpose.Security, reply.State.AccountId),
            cancellationToken);
        return new OtpRequested((int)PhoneLoginRules.CodeValidity.TotalSeconds);
    }
}
