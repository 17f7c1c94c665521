namespace Upjunoo.Domain.Trips;

/// <summary>The statuses of API.md "Rides". Names are the wire names (camelCase in JSON).</summary>
public enum TripStatus
{
    Requested,
    Dispatching,
    DriverAssigned,
    DriverArrived,
    InProgress,
    Completed,
    Cancelled,
    NoDriverFound,
}
