using System.Text.Json;
using Microsoft.Extensions.Logging;
using Upjunoo.Application.Notifications;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Privacy;
using Upjunoo.Infrastructure.Safety;

namespace Upjunoo.Infrastructure.Notifications;

/// <summary>
/// The <see cref="INotificationSender"/> of the system (R11): a message is first stored in <c>notification_outbox</c>
/// (encrypted with the recipient's key, or the outbox's own key for a phone not yet tied to an account), then handed
/// to the <see cref="INotificationDelivery"/> adapter — at once, and again by <see cref="OutboxDispatcher"/> with
/// exponential backoff when that fails or the process died first. A row is leased before each attempt so that two
/// dispatchers never send it twice at the same time. Delivered rows keep no content.
/// </summary>
public sealed class NotificationOutbox(SafetyDatabase database, PersonalDataProtector protector, INotificationDelivery delivery, TimeProvider clock, ILogger<NotificationOutbox> logger)
    : INotificationSender
{
    public const string OutboxSubject = "notification-outbox";
    public const int MaxAttempts = 12;
    private const DataCategory Category = DataCategory.Contact;
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7().ToString("N");
        var (subject, payload) = Protected(message);
        var now = clock.GetUtcNow();
        await database.Execute("""
            INSERT INTO notification_outbox (message_id, subject_id, payload, created_at, attempts, next_attempt_at)
            VALUES (@id, @subject, @payload, @now, 0, @leased)
            """, CancellationToken.None,
            ("@id", id), ("@subject", subject), ("@payload", payload),
            ("@now", SafetyDatabase.Ms(now)), ("@leased", SafetyDatabase.Ms(now + Lease)));
        await Attempt(new Pending(id, subject, message, 0), CancellationToken.None);
    }

    /// <summary>Delivers what is due; returns how many were attempted.</summary>
    public async Task<int> DeliverDue(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await database.Query(
            "SELECT message_id, subject_id, payload, attempts, next_attempt_at FROM notification_outbox WHERE delivered_at IS NULL AND given_up_at IS NULL AND next_attempt_at <= @now ORDER BY next_attempt_at LIMIT 50",
            r => (Id: r.GetString(0), Subject: r.GetString(1), Payload: r.GetString(2), Attempts: r.GetInt32(3), Next: r.GetInt64(4)),
            cancellationToken, ("@now", SafetyDatabase.Ms(now)));
        var attempted = 0;
        foreach (var row in due)
        {
            var leased = await database.Execute(
                "UPDATE notification_outbox SET next_attempt_at = @leased WHERE message_id = @id AND next_attempt_at = @next AND delivered_at IS NULL",
                cancellationToken, ("@id", row.Id), ("@next", row.Next), ("@leased", SafetyDatabase.Ms(now + Lease)));
            if (leased == 0)
            {
                continue;
            }

            if (!protector.TryUnprotect(row.Payload, Category, out var json))
            {
                await Finish(row.Id, "recipient erased", cancellationToken);
                continue;
            }

            await Attempt(new Pending(row.Id, row.Subject, JsonSerializer.Deserialize<OutgoingMessage>(json, Json)!, row.Attempts), cancellationToken);
            attempted++;
        }

        return attempted;
    }

    private async Task Attempt(Pending pending, CancellationToken cancellationToken)
    {
        try
        {
            await delivery.Send(pending.Message, cancellationToken);
            await database.Execute(
                "UPDATE notification_outbox SET delivered_at = @now, payload = '', attempts = @attempts, last_error = NULL WHERE message_id = @id",
                CancellationToken.None, ("@id", pending.Id), ("@now", SafetyDatabase.Ms(clock.GetUtcNow())), ("@attempts", pending.Attempts + 1));
        }
#pragma warning disable CA1031 // any failure of a provider means "try again later"; the message stays in the outbox.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            var attempts = pending.Attempts + 1;
            logger.LogWarning("Delivery of outbox message {Id} failed (attempt {Attempts}): {Error}", pending.Id, attempts, e.Message);
            if (attempts >= MaxAttempts)
            {
                await Finish(pending.Id, e.Message, CancellationToken.None);
                return;
            }

            await database.Execute(
                "UPDATE notification_outbox SET attempts = @attempts, next_attempt_at = @next, last_error = @error WHERE message_id = @id",
                CancellationToken.None, ("@id", pending.Id), ("@attempts", attempts),
                ("@next", SafetyDatabase.Ms(clock.GetUtcNow() + Backoff(attempts))), ("@error", e.GetType().Name));
        }
    }

    /// <summary>1 s, 2 s, 4 s … capped at 10 minutes.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, attempts - 1)));

    private Task Finish(string id, string error, CancellationToken cancellationToken) =>
        database.Execute("UPDATE notification_outbox SET given_up_at = @now, payload = '', last_error = @error WHERE message_id = @id",
            cancellationToken, ("@id", id), ("@now", SafetyDatabase.Ms(clock.GetUtcNow())), ("@error", error));

    /// <summary>
    /// Encrypted with the recipient's key, so erasing them makes their queued messages unreadable; a message to someone
    /// already erased (a sign-in code to the phone of a deleted account) uses the outbox's own key instead.
    /// </summary>
    private (string Subject, string Payload) Protected(OutgoingMessage message)
    {
        var json = JsonSerializer.Serialize(message, Json);
        if (message.RecipientAccountId is { } recipient)
        {
            try
            {
                return (recipient, protector.Protect(recipient, Category, json));
            }
            catch (Privacy.SubjectErasedException)
            {
            }
        }

        return (OutboxSubject, protector.Protect(OutboxSubject, Category, json));
    }

    private sealed record Pending(string Id, string Subject, OutgoingMessage Message, int Attempts);
}
