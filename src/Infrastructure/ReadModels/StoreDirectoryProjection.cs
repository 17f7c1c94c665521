using System.Data.Common;
using System.Text.Json;
using Akka.Actor;
using Upjunoo.Domain.Stores;
using static Upjunoo.Domain.Stores.StoreEvent.V1;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>Follows the journal by tag "store" and keeps the <c>stores</c> table (public business data only) up to date.</summary>
public sealed class StoreDirectoryProjection(ReadModelDatabase database) : TagProjection(Name, "store", database, (connection, envelope) =>
    envelope.Event is StoreEvent e && envelope.PersistenceId.StartsWith("store-", StringComparison.Ordinal)
        ? Apply(connection, envelope.PersistenceId["store-".Length..], e)
        : Task.CompletedTask)
{
    public const string Name = "store-directory";

    public static Props Props(ReadModelDatabase database) => Akka.Actor.Props.Create(() => new StoreDirectoryProjection(database));

    public static string HoursJson(OpeningHours hours) => JsonSerializer.Serialize(hours.Ranges);

    public static OpeningHours HoursOf(string json) => new(JsonSerializer.Deserialize<List<OpeningRange>>(json) ?? []);

    private static Task Apply(DbConnection connection, string storeId, StoreEvent e) => e switch
    {
        Opened o => ReadModelDatabase.Execute(connection, """
            INSERT INTO stores (store_id, name, address, lat, lng, country, hours, delivery_radius_m, updated_at)
            VALUES (@id, @name, @address, @lat, @lng, @country, @hours, @radius, @at)
            ON CONFLICT (store_id) DO NOTHING
            """, CancellationToken.None,
            ("@id", storeId), ("@name", o.Name), ("@address", o.Address), ("@lat", o.Position.Lat), ("@lng", o.Position.Lng),
            ("@country", o.Country.ToString()), ("@hours", HoursJson(o.Hours)), ("@radius", o.DeliveryRadiusM), ("@at", o.At.ToUnixTimeMilliseconds())),
        DetailsUpdated d => ReadModelDatabase.Execute(connection, """
            UPDATE stores SET name = @name, address = @address, lat = @lat, lng = @lng, hours = @hours, delivery_radius_m = @radius, updated_at = @at
            WHERE store_id = @id
            """, CancellationToken.None,
            ("@id", storeId), ("@name", d.Name), ("@address", d.Address), ("@lat", d.Position.Lat), ("@lng", d.Position.Lng),
            ("@hours", HoursJson(d.Hours)), ("@radius", d.DeliveryRadiusM), ("@at", d.At.ToUnixTimeMilliseconds())),
        _ => Task.CompletedTask,
    };
}
