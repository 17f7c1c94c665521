namespace Upjunoo.Infrastructure.Persistence;

/// <summary>Bound from <c>Persistence</c>: <c>Provider</c> (sqlite | postgres) and <c>ConnectionString</c>.</summary>
public sealed class PersistenceSettings
{
    public string Provider { get; set; } = "sqlite";

    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "postgresql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string in force: the configured one, or the SQLite file in the data directory (absolute path).</summary>
    public string EffectiveConnectionString(string dataDirectory) =>
        ConnectionString is { Length: > 0 } configured
            ? configured
            : IsPostgres
                ? throw new InvalidOperationException("Persistence:ConnectionString is required when Persistence:Provider is postgres.")
                : $"Data Source={Path.Combine(Path.GetFullPath(dataDirectory), "upjunoo.db")}";
}
