using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>The driver who accepted the trip, as the rider may see them (R13: first name and vehicle).</summary>
public sealed record AssignedDriver(
    [property: DataSubject] string DriverId,
    [property: Personal(DataCategory.Identity)] string FirstName,
    Vehicle Vehicle,
    DateTimeOffset AssignedAt);
