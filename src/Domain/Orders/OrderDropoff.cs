using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Orders;

/// <summary>Where the courier brings the order: the customer's address as they wrote it, and its position.</summary>
public sealed record OrderDropoff(
    [property: Personal(DataCategory.Addresses)] string Address,
    [property: Personal(DataCategory.Addresses)] GeoPoint Position);
