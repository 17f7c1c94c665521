namespace Upjunoo.Domain.Identity;

/// <summary>The roles of R2. Names are the wire names (camelCase in JSON).</summary>
public enum Role
{
    Customer,
    Driver,
    Courier,
    Store,
    Support,
    Operator,
    Dpo,
}
