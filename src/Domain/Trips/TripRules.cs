namespace Upjunoo.Domain.Trips;

public static class TripRules
{
    public const int MinStars = 1;
    public const int MaxStars = 5;
    public const int MaxCommentLength = 500;
    public const int MaxReasonLength = 500;

    public static bool IsOpen(TripStatus status) =>
        status is not (TripStatus.Completed or TripStatus.Cancelled or TripStatus.NoDriverFound);

    public static bool IsLookingForDriver(TripStatus status) => status is TripStatus.Requested or TripStatus.Dispatching;

    /// <summary>How far along the ride is once a driver is assigned; -1 before assignment and when it ended early.</summary>
    public static int RideProgress(TripStatus status) => status switch
    {
        TripStatus.DriverAssigned => 0,
        TripStatus.DriverArrived => 1,
        TripStatus.InProgress => 2,
        TripStatus.Completed => 3,
        _ => -1,
    };
}
