namespace Upjunoo.Domain.Fares;

/// <summary>What the customer books (R4, R5). Names are the wire names (camelCase in JSON).</summary>
public enum ServiceType
{
    Standard,
    Comfort,
    Moto,
    Delivery,
}
