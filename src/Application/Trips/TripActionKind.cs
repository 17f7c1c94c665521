namespace Upjunoo.Application.Trips;

/// <summary>The actions the assigned (or offered) driver takes on a trip through its own endpoint.</summary>
public enum TripActionKind
{
    Decline,
    Arrived,
    Start,
    Complete,
}
