namespace Upjunoo.Application.Notifications;

/// <summary>One message to one address (phone, e-mail or push token), already in the recipient's language.</summary>
public sealed record OutgoingMessage(
    NotificationChannel Channel,
    string To,
    string? Subject,
    string Body,
    NotificationPurpose Purpose,
    string? RecipientAccountId);
