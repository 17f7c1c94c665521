namespace Upjunoo.Application.Notifications;

/// <summary>Service messages are always sent; marketing needs the person's consent (R11, R14).</summary>
public enum NotificationPurpose
{
    Service,
    Security,
    Marketing,
    PolicyUpdate,
}
