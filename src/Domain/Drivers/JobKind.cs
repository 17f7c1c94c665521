namespace Upjunoo.Domain.Drivers;

/// <summary>What a driver or courier is offered: a ride (R4) or a delivery order (R5).</summary>
public enum JobKind
{
    Trip,
    Order,
}
