using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;

namespace Upjunoo.Domain.Trips;

/// <summary>Commands to one trip; each says who issues it and when.</summary>
public abstract record TripCommand(Party By, DateTimeOffset Now)
{
    /// <summary>The rider books a ride, optionally with a driver they chose among the nearby ones (R3).</summary>
    public sealed record Request(
        string TripId,
        string RiderId,
        string RiderFirstName,
        CountryCode Country,
        Place Pickup,
        Place Dropoff,
        ServiceType Service,
        PaymentMethod Payment,
        string? ChosenDriverId,
        Money FareEstimate,
        DateTimeOffset Now) : TripCommand(Party.Rider(RiderId), Now);

    /// <summary>Dispatch offers the trip to one driver until <paramref name="ExpiresAt"/>.</summary>
    public sealed record OfferToDriver(string DriverId, DateTimeOffset ExpiresAt, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record DriverAccepted(string DriverId, string DriverFirstName, Vehicle Vehicle, Party By, DateTimeOffset Now)
        : TripCommand(By, Now);

    public sealed record DriverDeclined(string DriverId, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record OfferExpired(string DriverId, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    /// <summary>The rider picks another driver after the chosen one could not come; null means "match me automatically".</summary>
    public sealed record ChooseDriver(string? DriverId, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    /// <summary>Dispatch could not reserve the driver the rider chose (busy or offline): the rider must choose again.</summary>
    public sealed record ChosenDriverBusy(string DriverId, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    /// <summary>Retention (R18): the trip's prescription period is over; its events are destroyed.</summary>
    public sealed record Purge(Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record NoDriverFound(Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record DriverArrived(Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record Start(Party By, DateTimeOffset Now) : TripCommand(By, Now);

    /// <summary>The driver ends the ride with the measured distance and duration; the final fare follows from them.</summary>
    public sealed record Complete(int DistanceM, int DurationSeconds, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    public sealed record Cancel(string? Reason, Party By, DateTimeOffset Now) : TripCommand(By, Now);

    /// <summary>The rider rates the driver or the driver rates the rider, once each.</summary>
    public sealed record Rate(int Stars, string? Comment, Party By, DateTimeOffset Now) : TripCommand(By, Now);
}
