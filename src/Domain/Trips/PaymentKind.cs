namespace Upjunoo.Domain.Trips;

/// <summary>The ways of paying in the markets served (R7).</summary>
public enum PaymentKind
{
    Cash,
    Card,
    MobileMoney,
}
