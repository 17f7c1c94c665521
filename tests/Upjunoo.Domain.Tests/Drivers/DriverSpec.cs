using Upjunoo.Domain.Common;
using Upjunoo.Domain.Drivers;
using static Upjunoo.Domain.Drivers.DriverEvent.V1;

namespace Upjunoo.Domain.Tests.Drivers;

public class DriverSpec
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expiry = T0.AddSeconds(15);

    private static DriverState Given(params DriverEvent[] events) => events.Aggregate(Driver.Initial, Driver.Evolve);

    private static DriverState Available => Given(new WentOnline(T0));

    private static DriverState Offered => Given(new WentOnline(T0), new OfferReceived(JobKind.Trip, "trip-1", Expiry, T0));

    private static DriverState Busy =>
        Given(new WentOnline(T0), new OfferReceived(JobKind.Trip, "trip-1", Expiry, T0), new OfferAccepted(JobKind.Trip, "trip-1", T0.AddSeconds(5)));

    private static DriverCommand.Offer OfferOf(string jobId, JobKind kind = JobKind.Trip) => new(kind, jobId, Expiry, T0);

    private static TEvent Single<TEvent>(Decision<DriverEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        return Assert.IsType<TEvent>(Assert.Single(decision.Events));
    }

    private static void Rejected(Decision<DriverEvent> decision, RejectionKind kind, string code)
    {
        Assert.True(decision.IsRejected);
        Assert.Equal(kind, decision.Rejection!.Kind);
        Assert.Equal(code, decision.Rejection.Code);
    }

    private static void Nothing(Decision<DriverEvent> decision)
    {
        Assert.False(decision.IsRejected, decision.Rejection?.Code);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_an_offline_driver_When_going_online_Then_they_are_available()
    {
        var e = Single<WentOnline>(Driver.Decide(new DriverCommand.GoOnline(T0), Driver.Initial));

        Assert.Equal(DriverStatus.Available, Driver.Evolve(Driver.Initial, e).Status);
    }

    [Fact]
    public void Given_an_online_driver_When_going_online_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.GoOnline(T0), Available));

    [Fact]
    public void Given_an_available_driver_When_going_offline_Then_they_are_offline()
    {
        var e = Single<WentOffline>(Driver.Decide(new DriverCommand.GoOffline(T0), Available));

        Assert.Equal(DriverStatus.Offline, Driver.Evolve(Available, e).Status);
    }

    [Fact]
    public void Given_an_offline_driver_When_going_offline_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.GoOffline(T0), Driver.Initial));

    [Fact]
    public void Given_a_busy_driver_When_going_offline_Then_it_is_refused() =>
        Rejected(Driver.Decide(new DriverCommand.GoOffline(T0), Busy), RejectionKind.Conflict, "driver.busy");

    [Fact]
    public void Given_an_offered_driver_When_going_offline_Then_the_offer_is_declined_first()
    {
        var decision = Driver.Decide(new DriverCommand.GoOffline(T0), Offered);

        Assert.Collection(decision.Events, e => Assert.IsType<OfferDeclined>(e), e => Assert.IsType<WentOffline>(e));
        var state = decision.Events.Aggregate(Offered, Driver.Evolve);
        Assert.Equal(DriverStatus.Offline, state.Status);
        Assert.Null(state.JobId);
    }

    [Fact]
    public void Given_an_available_driver_When_offered_a_job_Then_they_are_reserved_for_it_until_expiry()
    {
        var e = Single<OfferReceived>(Driver.Decide(OfferOf("order-7", JobKind.Order), Available));
        var state = Driver.Evolve(Available, e);

        Assert.Equal(DriverStatus.Offered, state.Status);
        Assert.Equal(JobKind.Order, state.JobKind);
        Assert.Equal("order-7", state.JobId);
        Assert.Equal(Expiry, state.OfferExpiresAt);
        Assert.Equal(1, state.OffersReceived);
    }

    [Fact]
    public void Given_an_offline_driver_When_offered_a_job_Then_they_are_not_free() =>
        Rejected(Driver.Decide(OfferOf("trip-2"), Driver.Initial), RejectionKind.Conflict, "driver.not-free");

    [Fact]
    public void Given_an_offered_driver_When_offered_another_job_Then_they_are_not_free() =>
        Rejected(Driver.Decide(OfferOf("trip-2"), Offered), RejectionKind.Conflict, "driver.not-free");

    [Fact]
    public void Given_a_busy_driver_When_offered_another_job_Then_they_are_not_free() =>
        Rejected(Driver.Decide(OfferOf("order-2", JobKind.Order), Busy), RejectionKind.Conflict, "driver.not-free");

    [Fact]
    public void Given_an_offered_driver_When_the_same_job_is_offered_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(OfferOf("trip-1"), Offered));

    [Fact]
    public void Given_a_busy_driver_When_their_own_job_is_offered_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(OfferOf("trip-1"), Busy));

    [Fact]
    public void Given_an_offer_whose_timer_was_lost_When_another_job_is_offered_after_expiry_Then_the_old_offer_expires_and_the_new_one_is_made()
    {
        var decision = Driver.Decide(new DriverCommand.Offer(JobKind.Trip, "trip-2", Expiry.AddSeconds(30), Expiry.AddSeconds(1)), Offered);

        Assert.Collection(decision.Events, e => Assert.IsType<OfferExpired>(e), e => Assert.IsType<OfferReceived>(e));
        Assert.Equal("trip-2", decision.Events.Aggregate(Offered, Driver.Evolve).JobId);
    }

    [Fact]
    public void Given_an_available_driver_When_offered_a_job_that_already_expired_Then_it_is_invalid() =>
        Rejected(Driver.Decide(new DriverCommand.Offer(JobKind.Trip, "trip-2", T0, T0), Available), RejectionKind.Invalid, "driver.invalid-offer");

    [Fact]
    public void Given_an_available_driver_When_offered_a_job_without_id_Then_it_is_invalid() =>
        Rejected(Driver.Decide(OfferOf(" "), Available), RejectionKind.Invalid, "driver.invalid-offer");

    [Fact]
    public void Given_an_offered_driver_When_accepting_before_expiry_Then_they_are_busy_with_the_job()
    {
        var e = Single<OfferAccepted>(Driver.Decide(new DriverCommand.AcceptOffer("trip-1", T0.AddSeconds(3)), Offered));
        var state = Driver.Evolve(Offered, e);

        Assert.Equal(DriverStatus.Busy, state.Status);
        Assert.Equal("trip-1", state.JobId);
        Assert.Null(state.OfferExpiresAt);
        Assert.Equal(1.0, state.AcceptanceRate);
    }

    [Fact]
    public void Given_an_offered_driver_When_accepting_at_expiry_Then_the_offer_has_expired() =>
        Rejected(Driver.Decide(new DriverCommand.AcceptOffer("trip-1", Expiry), Offered), RejectionKind.Conflict, "driver.offer-expired");

    [Fact]
    public void Given_an_offered_driver_When_accepting_another_job_Then_there_is_no_such_offer() =>
        Rejected(Driver.Decide(new DriverCommand.AcceptOffer("trip-9", T0), Offered), RejectionKind.NotFound, "driver.offer-not-found");

    [Fact]
    public void Given_an_available_driver_When_accepting_Then_there_is_no_such_offer() =>
        Rejected(Driver.Decide(new DriverCommand.AcceptOffer("trip-1", T0), Available), RejectionKind.NotFound, "driver.offer-not-found");

    [Fact]
    public void Given_a_busy_driver_When_accepting_their_job_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.AcceptOffer("trip-1", T0.AddMinutes(5)), Busy));

    [Fact]
    public void Given_an_offered_driver_When_declining_Then_they_are_available_again()
    {
        var e = Single<OfferDeclined>(Driver.Decide(new DriverCommand.DeclineOffer("trip-1", T0), Offered));
        var state = Driver.Evolve(Offered, e);

        Assert.True(state.IsFree);
        Assert.Equal(0.0, state.AcceptanceRate);
    }

    [Fact]
    public void Given_an_available_driver_When_declining_a_gone_offer_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.DeclineOffer("trip-1", T0), Available));

    [Fact]
    public void Given_an_offered_driver_When_declining_another_job_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.DeclineOffer("trip-9", T0), Offered));

    [Fact]
    public void Given_a_busy_driver_When_declining_their_accepted_job_Then_it_is_refused() =>
        Rejected(Driver.Decide(new DriverCommand.DeclineOffer("trip-1", T0), Busy), RejectionKind.Conflict, "driver.offer-already-accepted");

    [Fact]
    public void Given_an_offered_driver_When_the_offer_timer_fires_at_expiry_Then_the_offer_expires()
    {
        var e = Single<OfferExpired>(Driver.Decide(new DriverCommand.ExpireOffer("trip-1", Expiry), Offered));

        Assert.True(Driver.Evolve(Offered, e).IsFree);
    }

    [Fact]
    public void Given_an_offered_driver_When_the_timer_of_another_offer_fires_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.ExpireOffer("trip-0", Expiry), Offered));

    [Fact]
    public void Given_an_offered_driver_When_the_timer_fires_early_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.ExpireOffer("trip-1", T0.AddSeconds(1)), Offered));

    [Fact]
    public void Given_a_busy_driver_When_the_timer_of_the_accepted_offer_fires_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.ExpireOffer("trip-1", Expiry), Busy));

    [Fact]
    public void Given_a_busy_driver_When_the_job_is_released_Then_they_are_available()
    {
        var e = Single<JobReleased>(Driver.Decide(new DriverCommand.ReleaseJob("trip-1", T0), Busy));

        Assert.True(Driver.Evolve(Busy, e).IsFree);
    }

    [Fact]
    public void Given_an_offered_driver_When_the_offered_job_is_withdrawn_Then_they_are_available()
    {
        var e = Single<JobReleased>(Driver.Decide(new DriverCommand.ReleaseJob("trip-1", T0), Offered));

        Assert.True(Driver.Evolve(Offered, e).IsFree);
    }

    [Fact]
    public void Given_a_busy_driver_When_another_job_is_released_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.ReleaseJob("trip-9", T0), Busy));

    [Fact]
    public void Given_an_available_driver_When_a_job_is_released_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.ReleaseJob("trip-1", T0), Available));

    [Fact]
    public void Given_ratings_When_recorded_Then_the_average_is_kept()
    {
        var state = Given(new RatingRecorded("trip-1", 5, T0), new RatingRecorded("trip-2", 4, T0));

        Assert.Equal(4.5, state.AverageRating);
        Assert.Equal(DriverStatus.Offline, state.Status);
    }

    [Fact]
    public void Given_no_rating_When_read_Then_the_average_and_acceptance_rate_are_unknown()
    {
        Assert.Null(Available.AverageRating);
        Assert.Null(Available.AcceptanceRate);
    }

    [Fact]
    public void Given_a_rated_job_When_the_same_rating_is_delivered_again_Then_nothing_happens() =>
        Nothing(Driver.Decide(new DriverCommand.RecordRating("trip-1", 3, T0), Given(new RatingRecorded("trip-1", 3, T0))));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Given_a_rating_out_of_range_When_recorded_Then_it_is_invalid(int stars) =>
        Rejected(Driver.Decide(new DriverCommand.RecordRating("trip-1", stars, T0), Available), RejectionKind.Invalid, "driver.invalid-stars");

    [Fact]
    public void Given_many_rated_jobs_When_more_are_rated_Then_only_the_recent_ones_are_remembered()
    {
        var events = Enumerable.Range(0, DriverRules.RememberedRatings + 10)
            .Select(i => (DriverEvent)new RatingRecorded($"trip-{i}", 4, T0)).ToArray();

        var state = Given(events);

        Assert.Equal(DriverRules.RememberedRatings, state.RecentlyRatedJobs.Count);
        Assert.Equal(DriverRules.RememberedRatings + 10, state.RatingCount);
    }

    [Fact]
    public void Given_offers_accepted_and_declined_When_reading_the_rate_Then_it_is_accepted_over_received()
    {
        var state = Given(
            new WentOnline(T0),
            new OfferReceived(JobKind.Trip, "a", Expiry, T0), new OfferDeclined("a", T0),
            new OfferReceived(JobKind.Trip, "b", Expiry, T0), new OfferExpired("b", T0),
            new OfferReceived(JobKind.Trip, "c", Expiry, T0), new OfferAccepted(JobKind.Trip, "c", T0), new JobReleased("c", T0),
            new OfferReceived(JobKind.Order, "d", Expiry, T0), new OfferAccepted(JobKind.Order, "d", T0));

        Assert.Equal(0.5, state.AcceptanceRate);
        Assert.Equal(DriverStatus.Busy, state.Status);
    }
}
