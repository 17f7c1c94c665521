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
        CREATE TABLE IF NOT EXISTS stores (
            store_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            address TEXT NOT NULL,
            lat DOUBLE PRECISION NOT NULL,
            lng DOUBLE PRECISION NOT NULL,
            country TEXT NOT NULL,
            hours TEXT NOT NULL,
            delivery_radius_m INTEGER NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS stores_position ON stores (lat, lng);
        CREATE TABLE IF NOT EXISTS order_history (
            order_id TEXT PRIMARY KEY,
            customer_id TEXT NOT NULL,
            store_id TEXT NOT NULL,
            store_owner_id TEXT NOT NULL,
            store_name TEXT NOT NULL,
            courier_id TEXT NULL,
            status TEXT NOT NULL,
            total_amount BIGINT NOT NULL,
            total_currency TEXT NOT NULL,
            placed_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS order_history_customer ON order_history (customer_id, placed_at);
        CREATE INDEX IF NOT EXISTS order_history_store_owner ON order_history (store_owner_id, placed_at);
        CREATE INDEX IF NOT EXISTS order_history_courier ON order_history (courier_id, placed_at);
        CREATE TABLE IF NOT EXISTS trip_facts (
            trip_id TEXT PRIMARY KEY,
            country TEXT NOT NULL,
            pickup_cell TEXT NULL);
        """;
}
