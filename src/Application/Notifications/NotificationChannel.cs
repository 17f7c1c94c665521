namespace Upjunoo.Application.Notifications;

public enum NotificationChannel
{
    Sms,
    Email,
    Push,
}
