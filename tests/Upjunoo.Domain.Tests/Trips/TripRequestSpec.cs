using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripRequestSpec
{
    [Fact]
    public void Given_no_trip_When_the_rider_requests_one_Then_it_is_requested_with_a_timeline_entry()
    {
        var e = Single<Requested>(Trip.Decide(Request(), Trip.Initial));
        var state = Trip.Evolve(Trip.Initial, e);

        Assert.True(state.Exists);
        Assert.Equal(TripStatus.Requested, state.Status);
        Assert.Equal(RiderId, state.RiderId);
        Assert.Equal("XOF", state.FareEstimate!.Value.Currency);
        Assert.Equal([new TimelineEntry(TripStatus.Requested, T0)], state.Timeline);
    }

    [Fact]
    public void Given_a_requested_trip_When_the_same_request_is_repeated_Then_nothing_happens() =>
        Nothing(Trip.Decide(Request(), Requested0));

    [Fact]
    public void Given_no_trip_When_anything_but_a_request_arrives_Then_the_trip_is_not_found() =>
        Rejected(Trip.Decide(new TripCommand.Cancel(null, Rider, T0), Trip.Initial), RejectionKind.NotFound, "trip.not-found");

    [Fact]
    public void Given_no_trip_When_requested_with_an_invalid_pickup_Then_it_is_invalid() =>
        Rejected(Trip.Decide(Request() with { Pickup = new Place(new GeoPoint(95, 0), null) }, Trip.Initial),
            RejectionKind.Invalid, "trip.invalid-place");

    [Fact]
    public void Given_no_trip_When_requested_with_an_invalid_id_Then_it_is_invalid() =>
        Rejected(Trip.Decide(Request() with { TripId = "no spaces allowed" }, Trip.Initial), RejectionKind.Invalid, "trip.invalid-id");

    [Fact]
    public void Given_no_trip_When_a_delivery_is_requested_as_a_ride_Then_it_is_invalid() =>
        Rejected(Trip.Decide(Request() with { Service = ServiceType.Delivery }, Trip.Initial), RejectionKind.Invalid, "trip.invalid-service");

    [Fact]
    public void Given_no_trip_When_paying_by_card_without_a_token_Then_it_is_invalid() =>
        Rejected(Trip.Decide(Request() with { Payment = new PaymentMethod(PaymentKind.Card, "stripe", null) }, Trip.Initial),
            RejectionKind.Invalid, "trip.invalid-payment");

    [Fact]
    public void Given_no_trip_When_paying_by_mobile_money_with_a_token_Then_it_is_requested() =>
        Single<Requested>(Trip.Decide(Request() with { Payment = PaymentMethod.MobileMoney("orange-money", "tok_om_123") }, Trip.Initial));

    [Fact]
    public void Given_no_trip_When_the_estimate_is_in_another_currency_Then_it_is_invalid() =>
        Rejected(Trip.Decide(Request() with { FareEstimate = new Money(1_500, "CAD") }, Trip.Initial), RejectionKind.Invalid, "trip.invalid-fare");
}
