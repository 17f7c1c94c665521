using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class ReceiptSpec
{
    [Fact]
    public void Given_a_completed_trip_When_a_receipt_is_made_Then_its_lines_add_up_to_the_fare()
    {
        var receipt = Receipt.For(Completed0)!;
        var fare = Completed0.Completion!.Fare;

        Assert.Equal(TripId, receipt.TripId);
        Assert.Equal("XOF", receipt.Currency);
        Assert.Equal(fare.Total, receipt.Total);
        Assert.Equal(receipt.Total.Amount, receipt.Lines.Sum(l => l.Amount.Amount));
        Assert.Equal(PaymentKind.Cash, receipt.PaymentMethod);
        Assert.Equal([ReceiptLineKind.BaseFare, ReceiptLineKind.Distance, ReceiptLineKind.Time], receipt.Lines.Select(l => l.Kind));
        Assert.Equal(7_200, receipt.DistanceM);
    }

    [Fact]
    public void Given_a_short_completed_trip_When_a_receipt_is_made_Then_the_minimum_fare_top_up_is_a_line()
    {
        var state = Apply(InProgress, Trip.Decide(new TripCommand.Complete(300, 60, Driver, T0.AddMinutes(9)), InProgress));

        var receipt = Receipt.For(state)!;

        Assert.Contains(receipt.Lines, l => l.Kind == ReceiptLineKind.MinimumFareTopUp);
        Assert.Equal(1_000, receipt.Total.Amount);
    }

    [Fact]
    public void Given_a_trip_cancelled_with_a_fee_When_a_receipt_is_made_Then_it_charges_the_fee()
    {
        var state = Given([.. ArrivedEvents, new Cancelled(Rider, null, new Money(1_000, "XOF"), DriverId, T0.AddMinutes(7))]);

        var receipt = Receipt.For(state)!;

        Assert.Equal(ReceiptLineKind.CancellationFee, Assert.Single(receipt.Lines).Kind);
        Assert.Equal(new Money(1_000, "XOF"), receipt.Total);
    }

    [Theory]
    [InlineData(TripStatus.InProgress)]
    [InlineData(TripStatus.Cancelled)]
    [InlineData(TripStatus.NoDriverFound)]
    public void Given_a_trip_that_cost_nothing_or_is_not_over_When_a_receipt_is_asked_Then_there_is_none(TripStatus status) =>
        Assert.Null(Receipt.For(StateIn(status)));
}
