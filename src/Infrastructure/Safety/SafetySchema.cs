namespace Upjunoo.Infrastructure.Safety;

/// <summary>
/// Tables of the safety, support and notification features (idempotent DDL for SQLite and PostgreSQL; times are unix
/// milliseconds). Personal values in them (push tokens, notification texts, outbox payloads) are encrypted with their
/// subject's key by <see cref="Privacy.PersonalDataProtector"/>; the rest are ids, kinds and times.
/// </summary>
public static class SafetySchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS retention_items (
            kind TEXT NOT NULL,
            item_id TEXT NOT NULL,
            opened_at BIGINT NOT NULL,
            closed_at BIGINT NULL,
            purged_at BIGINT NULL,
            PRIMARY KEY (kind, item_id));
        CREATE TABLE IF NOT EXISTS support_tickets (
            ticket_id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            status TEXT NOT NULL,
            priority INTEGER NOT NULL,
            agent_id TEXT NULL,
            opened_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS support_tickets_customer ON support_tickets (customer_id, opened_at);
        CREATE TABLE IF NOT EXISTS staff_access_log (
            entry_id TEXT PRIMARY KEY,
            at BIGINT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_role TEXT NOT NULL,
            subject_id TEXT NULL,
            resource TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            action TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS staff_access_log_resource ON staff_access_log (resource_id, at);
        CREATE TABLE IF NOT EXISTS notification_outbox (
            message_id TEXT PRIMARY KEY,
            subject_id TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at BIGINT NOT NULL,
            delivered_at BIGINT NULL,
            given_up_at BIGINT NULL,
            last_error TEXT NULL);
        CREATE INDEX IF NOT EXISTS notification_outbox_due ON notification_outbox (delivered_at, next_attempt_at);
        CREATE TABLE IF NOT EXISTS notification_inbox (
            notification_id TEXT PRIMARY KEY,
            account_id TEXT NOT NULL,
            purpose TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at BIGINT NOT NULL,
            read_at BIGINT NULL);
        CREATE INDEX IF NOT EXISTS notification_inbox_account ON notification_inbox (account_id, created_at);
        CREATE TABLE IF NOT EXISTS push_tokens (
            token_hash TEXT PRIMARY KEY,
            account_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            token TEXT NOT NULL,
            created_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS push_tokens_account ON push_tokens (account_id);
        """;
}
