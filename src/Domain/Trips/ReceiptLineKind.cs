namespace Upjunoo.Domain.Trips;

/// <summary>What a receipt line charges for; the Application layer names each kind in the user's language (R30).</summary>
public enum ReceiptLineKind
{
    BaseFare,
    Distance,
    Time,
    MinimumFareTopUp,
    CancellationFee,
}
