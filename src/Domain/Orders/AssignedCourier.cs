using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Orders;

/// <summary>The courier who accepted the order, as the customer and the store may see them (R13: first name).</summary>
public sealed record AssignedCourier(
    [property: DataSubject] string CourierId,
    [property: Personal(DataCategory.Identity)] string FirstName,
    DateTimeOffset AssignedAt);
