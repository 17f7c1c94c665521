namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>The read-model tables (idempotent DDL that both SQLite and PostgreSQL accept). Times are unix milliseconds.</summary>
public static class ReadModelSchema
{
    public const string Sql = """
        CREATE TABLE IF NOT EXISTS projection_offsets (
            name TEXT PRIMARY KEY,
            ordering BIGINT NOT NULL);
        CREATE TABLE IF NOT EXISTS trip_history (
            trip_id TEXT PRIMARY KEY,
            rider_id TEXT NOT NULL,
            driver_id TEXT NULL,
            status TEXT NOT NULL,
            service TEXT NOT NULL,
            fare_amount BIGINT NULL,
            fare_currency TEXT NULL,
            requested_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS trip_history_rider ON trip_history (rider_id, requested_at);
        CREATE INDEX IF NOT EXISTS trip_history_driver ON trip_history (driver_id, requested_at);
        CREATE TABLE IF NOT EXISTS trip_facts (
            trip_id TEXT PRIMARY KEY,
            country TEXT NOT NULL,
            pickup_cell TEXT NULL);
        """;
}
