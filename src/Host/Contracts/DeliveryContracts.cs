using Upjunoo.Application.Orders;
using Upjunoo.Application.Stores;
using Upjunoo.Application.Trips;

namespace Upjunoo.Host.Contracts;

/// <summary>
/// <c>openingHours</c> is a list of spans in the store's local time: <c>[{day: "mon", opens: "08:00", closes: "22:00"}]</c>;
/// days are mon…sun, a span closing at or before its opening runs past midnight, opens = closes means 24 hours, and an
/// empty list means always closed.
/// </summary>
public sealed record OpenStoreBody(string? Name, string? Address, PlaceInput? Position, IReadOnlyList<OpeningSpanInput>? OpeningHours, int? DeliveryRadiusM);

public sealed record CatalogBody(IReadOnlyList<ProductInput>? Products);

public sealed record PlaceOrderBody(string? StoreId, IReadOnlyList<OrderItemInput>? Items, PlaceInput? Dropoff, string? Comment, PaymentInput? PaymentMethod);

public sealed record PositionBody(double? Lat, double? Lng);

/// <summary><c>label</c> is home, work or named (then <c>name</c> is required).</summary>
public sealed record SaveAddressBody(string? Label, string? Name, string? Text, PositionBody? Position);

/// <summary>The proof of delivery: a JPEG or PNG of at most 5 MB in the multipart field <c>photo</c>.</summary>
public sealed record DeliverForm(IFormFile Photo);
