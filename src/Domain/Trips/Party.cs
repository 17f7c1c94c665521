namespace Upjunoo.Domain.Trips;

/// <summary>Who issues a command on a trip: an account in a role, or the system itself (timers, dispatch).</summary>
public sealed record Party(string AccountId, PartyRole Role)
{
    public static Party System { get; } = new("system", PartyRole.System);

    public static Party Rider(string accountId) => new(accountId, PartyRole.Rider);

    public static Party Driver(string accountId) => new(accountId, PartyRole.Driver);

    public static Party Support(string accountId) => new(accountId, PartyRole.Support);
}
