namespace Upjunoo.Application.Notifications;

/// <summary>Each account's in-app notifications (the push and in-app messages addressed to it), with read flags.</summary>
public interface IInbox
{
    Task Add(string accountId, InboxItem item, CancellationToken cancellationToken);

    Task<IReadOnlyList<InboxItem>> Of(string accountId, int limit, CancellationToken cancellationToken);

    /// <summary>False when the account has no such notification.</summary>
    Task<bool> MarkRead(string accountId, string notificationId, DateTimeOffset at, CancellationToken cancellationToken);
}

public sealed record InboxItem(string NotificationId, string Purpose, string Title, string Body, DateTimeOffset At, DateTimeOffset? ReadAt);
