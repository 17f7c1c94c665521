using Upjunoo.Application.Notifications;

namespace Upjunoo.Infrastructure.Notifications;

/// <summary>
/// The adapter that actually hands a message to a provider (SMS gateway, e-mail, push; the dev outbox in Development).
/// Only the <see cref="NotificationOutbox"/> calls it: every message is persisted first, then delivered with retries.
/// </summary>
public interface INotificationDelivery
{
    Task Send(OutgoingMessage message, CancellationToken cancellationToken);
}
