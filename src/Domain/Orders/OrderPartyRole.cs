namespace Upjunoo.Domain.Orders;

/// <summary>In which capacity someone acts on a delivery order (Trips.PartyRole has no customer, store or courier).</summary>
public enum OrderPartyRole
{
    Customer,
    Store,
    Courier,
    Support,
    System,
}
