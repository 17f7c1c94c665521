namespace Upjunoo.Domain.Orders;

/// <summary>Who issues a command on an order: an account in a role, or the system itself (timers, dispatch).</summary>
public sealed record OrderParty(string AccountId, OrderPartyRole Role)
{
    public static OrderParty System { get; } = new("system", OrderPartyRole.System);

    public static OrderParty Customer(string accountId) => new(accountId, OrderPartyRole.Customer);

    public static OrderParty Store(string accountId) => new(accountId, OrderPartyRole.Store);

    public static OrderParty Courier(string accountId) => new(accountId, OrderPartyRole.Courier);

    public static OrderParty Support(string accountId) => new(accountId, OrderPartyRole.Support);
}
