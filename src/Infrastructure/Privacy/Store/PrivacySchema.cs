namespace Upjunoo.Infrastructure.Privacy.Store;

/// <summary>
/// Tables of the privacy features (idempotent DDL for SQLite and PostgreSQL; times in unix milliseconds). None holds a
/// name, a phone number or an e-mail address: people appear by account id only.
/// </summary>
public static class PrivacySchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS account_directory (
            account_id TEXT PRIMARY KEY,
            language TEXT NOT NULL,
            country TEXT NOT NULL,
            registered_at BIGINT NOT NULL,
            closed_at BIGINT NULL);
        CREATE TABLE IF NOT EXISTS privacy_requests (
            request_id TEXT PRIMARY KEY,
            requester_id TEXT NOT NULL,
            type TEXT NOT NULL,
            status TEXT NOT NULL,
            received_at BIGINT NOT NULL,
            due_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS privacy_requests_status ON privacy_requests (status, due_at);
        CREATE INDEX IF NOT EXISTS privacy_requests_requester ON privacy_requests (requester_id);
        CREATE TABLE IF NOT EXISTS legal_holds (
            hold_id TEXT PRIMARY KEY,
            subject_id TEXT NOT NULL,
            reason TEXT NOT NULL,
            until_at BIGINT NULL,
            placed_by TEXT NOT NULL,
            placed_at BIGINT NOT NULL,
            released_at BIGINT NULL,
            released_by TEXT NULL);
        CREATE TABLE IF NOT EXISTS disclosures (
            disclosure_id TEXT PRIMARY KEY,
            recipient TEXT NOT NULL,
            recipient_kind TEXT NOT NULL,
            country TEXT NOT NULL,
            legal_basis TEXT NOT NULL,
            categories TEXT NOT NULL,
            subject_id TEXT NOT NULL,
            disclosed_at BIGINT NOT NULL,
            disclosed_by TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS disclosures_subject ON disclosures (subject_id, disclosed_at);
        CREATE TABLE IF NOT EXISTS staff_access_log (
            entry_id TEXT PRIMARY KEY,
            at BIGINT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_role TEXT NOT NULL,
            subject_id TEXT NULL,
            resource TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            action TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS staff_access_log_subject ON staff_access_log (subject_id, at);
        CREATE TABLE IF NOT EXISTS policy_versions (
            version INTEGER PRIMARY KEY,
            published_at BIGINT NOT NULL,
            text_fr TEXT NOT NULL,
            text_en TEXT NOT NULL,
            published_by TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS policy_notices (
            version INTEGER NOT NULL,
            account_id TEXT NOT NULL,
            channel TEXT NOT NULL,
            noticed_at BIGINT NOT NULL,
            PRIMARY KEY (version, account_id, channel));
        """;
}
