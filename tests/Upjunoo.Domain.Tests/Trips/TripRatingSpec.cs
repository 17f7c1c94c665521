using Upjunoo.Domain.Common;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripRatingSpec
{
    private static readonly DateTimeOffset Later = T0.AddHours(1);

    [Fact]
    public void Given_a_completed_trip_When_the_rider_rates_Then_the_rating_by_the_rider_is_kept()
    {
        var e = Single<Rated>(Trip.Decide(new TripCommand.Rate(5, " Très bien ", Rider, Later), Completed0));
        var state = Trip.Evolve(Completed0, e);

        Assert.Equal(PartyRole.Rider, e.By);
        Assert.Equal(new TripRating(5, "Très bien", Later), state.RatingByRider);
        Assert.Null(state.RatingByDriver);
    }

    [Fact]
    public void Given_a_completed_trip_When_both_sides_rate_Then_each_rating_is_kept()
    {
        var state = Apply(Completed0, Trip.Decide(new TripCommand.Rate(4, null, Rider, Later), Completed0));
        state = Apply(state, Trip.Decide(new TripCommand.Rate(5, null, Driver, Later), state));

        Assert.Equal(4, state.RatingByRider!.Stars);
        Assert.Equal(5, state.RatingByDriver!.Stars);
    }

    [Fact]
    public void Given_the_rider_rated_When_the_same_rating_is_sent_again_Then_nothing_happens()
    {
        var state = Apply(Completed0, Trip.Decide(new TripCommand.Rate(4, "ok", Rider, Later), Completed0));

        Nothing(Trip.Decide(new TripCommand.Rate(4, "ok", Rider, Later.AddMinutes(1)), state));
    }

    [Fact]
    public void Given_the_rider_rated_When_they_rate_differently_Then_it_is_already_rated()
    {
        var state = Apply(Completed0, Trip.Decide(new TripCommand.Rate(4, null, Rider, Later), Completed0));

        Rejected(Trip.Decide(new TripCommand.Rate(1, null, Rider, Later), state), RejectionKind.Conflict, "trip.already-rated");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Given_a_completed_trip_When_rated_out_of_range_Then_it_is_invalid(int stars) =>
        Rejected(Trip.Decide(new TripCommand.Rate(stars, null, Rider, Later), Completed0), RejectionKind.Invalid, "trip.invalid-stars");

    [Fact]
    public void Given_a_completed_trip_When_rated_with_an_overlong_comment_Then_it_is_invalid() =>
        Rejected(Trip.Decide(new TripCommand.Rate(3, new string('x', 501), Rider, Later), Completed0), RejectionKind.Invalid, "trip.invalid-comment");

    [Theory]
    [InlineData(TripStatus.Requested)]
    [InlineData(TripStatus.DriverAssigned)]
    [InlineData(TripStatus.DriverArrived)]
    [InlineData(TripStatus.InProgress)]
    [InlineData(TripStatus.Cancelled)]
    [InlineData(TripStatus.NoDriverFound)]
    public void Given_a_trip_not_completed_When_the_rider_rates_Then_it_is_not_allowed(TripStatus status) =>
        NotAllowed(Trip.Decide(new TripCommand.Rate(5, null, Rider, Later), StateIn(status)));

    public static TheoryData<Party> Outsiders => new() { OtherRider, OtherDriver, Support, SystemParty };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public void Given_a_completed_trip_When_an_outsider_rates_Then_it_is_forbidden(Party by) =>
        Forbidden(Trip.Decide(new TripCommand.Rate(5, null, by, Later), Completed0));
}
