namespace Upjunoo.Application.Notifications;

/// <summary>The port through which every SMS, e-mail and push leaves the system.</summary>
public interface INotificationSender
{
    Task Send(OutgoingMessage message, CancellationToken cancellationToken);
}
