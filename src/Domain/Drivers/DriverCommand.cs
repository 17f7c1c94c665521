namespace Upjunoo.Domain.Drivers;

/// <summary>Commands to the availability of one driver or courier.</summary>
public abstract record DriverCommand(DateTimeOffset Now)
{
    public sealed record GoOnline(DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>Refused while busy; a pending offer is declined on the way out.</summary>
    public sealed record GoOffline(DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>Reserve the driver for one job until <paramref name="ExpiresAt"/>; only a free driver can be offered a job.</summary>
    public sealed record Offer(JobKind JobKind, string JobId, DateTimeOffset ExpiresAt, DateTimeOffset Now) : DriverCommand(Now);

    public sealed record AcceptOffer(string JobId, DateTimeOffset Now) : DriverCommand(Now);

    public sealed record DeclineOffer(string JobId, DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>The offer timer fired; ignored unless that offer is still pending and due.</summary>
    public sealed record ExpireOffer(string JobId, DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>The job finished or was cancelled (or an offer was withdrawn): the driver is free again.</summary>
    public sealed record ReleaseJob(string JobId, DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>The customer of <paramref name="JobId"/> rated the driver.</summary>
    public sealed record RecordRating(string JobId, int Stars, DateTimeOffset Now) : DriverCommand(Now);

    /// <summary>The location pipeline saw a jump that needs more than a vehicle's speed: a fraud signal (R17), not a sanction.</summary>
    public sealed record FlagImpossibleJump(double ImpliedSpeedMps, DateTimeOffset PingAt, DateTimeOffset Now) : DriverCommand(Now);
}
