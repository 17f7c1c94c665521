using Upjunoo.Domain.Countries;

namespace Upjunoo.Domain.Trips;

/// <summary>
/// What the rider was charged for a trip, line by line, in the trip's currency. Language-free: the Application
/// layer renders it (R30). Exists for a completed trip, and for a cancelled one that cost a fee.
/// </summary>
public sealed record Receipt(
    string TripId,
    CountryCode Country,
    string Currency,
    IReadOnlyList<ReceiptLine> Lines,
    Money Total,
    PaymentKind PaymentMethod,
    int? DistanceM,
    int? DurationSeconds,
    DateTimeOffset At)
{
    public static Receipt? For(TripState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var payment = state.Payment?.Kind ?? PaymentKind.Cash;

        if (state is { Status: TripStatus.Completed, Completion: { } done })
        {
            var fare = done.Fare;
            ReceiptLine[] lines =
            [
                new(ReceiptLineKind.BaseFare, fare.Base),
                new(ReceiptLineKind.Distance, fare.Distance),
                new(ReceiptLineKind.Time, fare.Time),
                .. fare.MinimumTopUp.Amount > 0 ? [new ReceiptLine(ReceiptLineKind.MinimumFareTopUp, fare.MinimumTopUp)] : Array.Empty<ReceiptLine>(),
            ];
            return new Receipt(state.TripId!, state.Country, fare.Total.Currency, lines, fare.Total, payment, done.DistanceM, done.DurationSeconds, done.At);
        }

        if (state is { Status: TripStatus.Cancelled, Cancellation: { } cancelled } && cancelled.Fee.Amount > 0)
        {
            return new Receipt(
                state.TripId!, state.Country, cancelled.Fee.Currency, [new ReceiptLine(ReceiptLineKind.CancellationFee, cancelled.Fee)],
                cancelled.Fee, payment, null, null, cancelled.At);
        }

        return null;
    }
}
