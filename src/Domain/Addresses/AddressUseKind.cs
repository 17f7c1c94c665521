namespace Upjunoo.Domain.Addresses;

/// <summary>How an address was used: searched for, or visited as a ride's or a delivery's place.</summary>
public enum AddressUseKind
{
    Search,
    Ride,
    Delivery,
}
