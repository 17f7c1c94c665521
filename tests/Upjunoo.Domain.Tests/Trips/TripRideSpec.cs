using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Domain.Tests.Trips;

public class TripRideSpec
{
    public static TheoryData<Party> NotTheAssignedDriver => new() { Rider, OtherDriver, Support, SystemParty, Party.Driver(RiderId) };

    [Fact]
    public void Given_an_assigned_trip_When_the_driver_arrives_Then_the_trip_is_driver_arrived() =>
        Assert.Equal(TripStatus.DriverArrived, Apply(Assigned, Trip.Decide(new TripCommand.DriverArrived(Driver, T0.AddMinutes(5)), Assigned)).Status);

    [Fact]
    public void Given_an_arrived_driver_When_they_start_Then_the_trip_is_in_progress() =>
        Assert.Equal(TripStatus.InProgress, Apply(Arrived, Trip.Decide(new TripCommand.Start(Driver, T0.AddMinutes(7)), Arrived)).Status);

    [Fact]
    public void Given_a_trip_in_progress_When_the_driver_completes_it_Then_the_final_fare_comes_from_the_measured_ride()
    {
        var e = Single<Completed>(Trip.Decide(new TripCommand.Complete(9_100, 1_500, Driver, T0.AddMinutes(30)), InProgress));
        var state = Trip.Evolve(InProgress, e);

        Assert.Equal(TripStatus.Completed, state.Status);
        Assert.Equal(FareCalculator.Price(CountryCode.CI, ServiceType.Standard, 9_100, 1_500), state.Completion!.Fare);
        Assert.Equal(0, state.Completion.Fare.Total.Amount % 25);
        Assert.Equal(
            [TripStatus.Requested, TripStatus.Dispatching, TripStatus.DriverAssigned, TripStatus.DriverArrived, TripStatus.InProgress, TripStatus.Completed],
            state.Timeline.Select(t => t.Status));
    }

    [Fact]
    public void Given_a_trip_in_progress_When_completed_with_a_negative_distance_Then_it_is_invalid() =>
        Rejected(Trip.Decide(new TripCommand.Complete(-5, 100, Driver, T0.AddMinutes(30)), InProgress), RejectionKind.Invalid, "trip.invalid-measurement");

    [Fact]
    public void Given_an_arrived_driver_When_they_say_arrived_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.DriverArrived(Driver, T0.AddMinutes(7)), Arrived));

    [Fact]
    public void Given_a_trip_in_progress_When_started_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.Start(Driver, T0.AddMinutes(9)), InProgress));

    [Fact]
    public void Given_a_completed_trip_When_completed_again_Then_nothing_happens() =>
        Nothing(Trip.Decide(new TripCommand.Complete(1, 1, Driver, T0.AddMinutes(40)), Completed0));

    [Fact]
    public void Given_an_assigned_trip_When_the_driver_starts_without_arriving_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(new TripCommand.Start(Driver, T0.AddMinutes(5)), Assigned));

    [Fact]
    public void Given_an_arrived_driver_When_they_complete_without_starting_Then_it_is_not_allowed() =>
        NotAllowed(Trip.Decide(new TripCommand.Complete(1_000, 100, Driver, T0.AddMinutes(9)), Arrived));

    [Fact]
    public void Given_a_trip_cancelled_after_assignment_When_the_driver_arrives_Then_it_is_not_allowed()
    {
        var cancelled = Given([.. AssignedEvents, new Cancelled(Rider, null, new Money(0, "XOF"), DriverId, T0.AddMinutes(1))]);

        NotAllowed(Trip.Decide(new TripCommand.DriverArrived(Driver, T0.AddMinutes(5)), cancelled));
    }

    [Theory]
    [MemberData(nameof(NotTheAssignedDriver))]
    public void Given_an_assigned_trip_When_anyone_else_reports_arrival_Then_it_is_forbidden(Party by) =>
        Forbidden(Trip.Decide(new TripCommand.DriverArrived(by, T0.AddMinutes(5)), Assigned));

    [Theory]
    [MemberData(nameof(NotTheAssignedDriver))]
    public void Given_an_arrived_driver_When_anyone_else_starts_Then_it_is_forbidden(Party by) =>
        Forbidden(Trip.Decide(new TripCommand.Start(by, T0.AddMinutes(7)), Arrived));

    [Theory]
    [MemberData(nameof(NotTheAssignedDriver))]
    public void Given_a_trip_in_progress_When_anyone_else_completes_Then_it_is_forbidden(Party by) =>
        Forbidden(Trip.Decide(new TripCommand.Complete(1_000, 100, by, T0.AddMinutes(30)), InProgress));

    [Theory]
    [InlineData(TripStatus.Requested)]
    [InlineData(TripStatus.Dispatching)]
    public void Given_no_driver_assigned_When_a_driver_reports_arrival_Then_it_is_forbidden(TripStatus status) =>
        Forbidden(Trip.Decide(new TripCommand.DriverArrived(Driver, T0.AddMinutes(5)), StateIn(status)));

    [Fact]
    public void Given_a_late_clock_on_another_node_When_an_event_is_decided_Then_the_timeline_never_goes_back()
    {
        var state = Apply(Arrived, Trip.Decide(new TripCommand.Start(Driver, T0.AddMinutes(1)), Arrived));

        Assert.Equal(T0.AddMinutes(6), state.Timeline[^1].At);
    }
}
