using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Realtime;

/// <summary>
/// An offer as the driver or courier sees it (R13: the customer's first name, pickup and drop-off only); for an order,
/// the pickup is the store and <see cref="Comment"/> carries the customer's wishes (R5).
/// </summary>
public sealed record OfferView(
    string Kind, string Id, GeoPoint Pickup, string? PickupAddress, GeoPoint? Dropoff, string? DropoffAddress,
    string CustomerFirstName, Money? Fare, DateTimeOffset ExpiresAt, string? Comment = null);
