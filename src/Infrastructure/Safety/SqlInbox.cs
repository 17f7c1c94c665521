using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>In-app notifications per account; title and body encrypted with the account's key.</summary>
public sealed class SqlInbox(SafetyDatabase database, PersonalDataProtector protector) : IInbox
{
    private const DataCategory Category = DataCategory.Contact;

    public Task Add(string accountId, InboxItem item, CancellationToken cancellationToken) =>
        database.Execute("""
            INSERT INTO notification_inbox (notification_id, account_id, purpose, title, body, created_at)
            VALUES (@id, @account, @purpose, @title, @body, @at)
            """, cancellationToken,
            ("@id", item.NotificationId), ("@account", accountId), ("@purpose", item.Purpose),
            ("@title", protector.Protect(accountId, Category, item.Title)), ("@body", protector.Protect(accountId, Category, item.Body)),
            ("@at", SafetyDatabase.Ms(item.At)));

    public async Task<IReadOnlyList<InboxItem>> Of(string accountId, int limit, CancellationToken cancellationToken) =>
        await database.Query(
            "SELECT notification_id, purpose, title, body, created_at, read_at FROM notification_inbox WHERE account_id = @account ORDER BY created_at DESC, notification_id DESC LIMIT @limit",
            r => new InboxItem(r.GetString(0), r.GetString(1), protector.Unprotect(r.GetString(2), Category), protector.Unprotect(r.GetString(3), Category),
                SafetyDatabase.At(r.GetInt64(4)), SafetyDatabase.AtOrNull(r, 5)),
            cancellationToken, ("@account", accountId), ("@limit", limit));

    public async Task<bool> MarkRead(string accountId, string notificationId, DateTimeOffset at, CancellationToken cancellationToken) =>
        await database.Execute(
            "UPDATE notification_inbox SET read_at = COALESCE(read_at, @at) WHERE notification_id = @id AND account_id = @account",
            cancellationToken, ("@id", notificationId), ("@account", accountId), ("@at", SafetyDatabase.Ms(at))) > 0;
}
