using Upjunoo.Domain.Privacy;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Stores;

namespace Upjunoo.Domain.Orders;

/// <summary>
/// What an order needs to know of its store at the moment it is placed. The caller reads the store and computes
/// <see cref="IsOpen"/> with the zone of the store's country, so the order decider stays free of clocks and zones.
/// </summary>
public sealed record StoreSnapshot(
    string StoreId,
    string OwnerId,
    [property: NotPersonal("the public name of a business")] string Name,
    GeoPoint Position,
    CountryCode Country,
    string Currency,
    int DeliveryRadiusM,
    bool IsOpen)
{
    public static StoreSnapshot Of(StoreState store, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(
            store.StoreId ?? "", store.OwnerId ?? "", store.Name ?? "", store.Position, store.Country,
            store.Currency ?? "", store.DeliveryRadiusM, store.IsOpenAt(now, zone));
    }
}
