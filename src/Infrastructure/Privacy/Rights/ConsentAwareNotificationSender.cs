using Microsoft.Extensions.Logging;
using Upjunoo.Application.Notifications;

namespace Upjunoo.Infrastructure.Privacy.Rights;

/// <summary>
/// The notification port as seen by the rest of the system: marketing leaves only with the person's consent and while
/// they have not restricted processing (R11, R14, R20) — checked on the person's own entity at each send, so a
/// withdrawal takes effect at once. Refused sends are dropped and logged (without content or address).
/// </summary>
public sealed partial class ConsentAwareNotificationSender(INotificationSender inner, PrivacyProfileGateway profiles, ILogger<ConsentAwareNotificationSender> logger)
    : INotificationSender
{
    private long _refused;

    public long Refused => Interlocked.Read(ref _refused);

    public async Task Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (message.Purpose != NotificationPurpose.Marketing)
        {
            await inner.Send(message, cancellationToken);
            return;
        }

        var allowed = message.RecipientAccountId is { } accountId
            && (await profiles.Get(accountId, cancellationToken)).Allows(Domain.Privacy.Consents.ConsentPurpose.Marketing);
        if (!allowed)
        {
            Interlocked.Increment(ref _refused);
            LogRefused(logger, message.Channel, message.RecipientAccountId ?? "(unknown)");
            return;
        }

        await inner.Send(message, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marketing {Channel} message to account {AccountId} not sent: no consent, or processing restricted")]
    private static partial void LogRefused(ILogger logger, NotificationChannel channel, string accountId);
}
