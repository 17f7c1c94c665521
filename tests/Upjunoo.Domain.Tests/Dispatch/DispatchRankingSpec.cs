using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Domain.Tests.Dispatch;

public class DispatchRankingSpec
{
    [Fact]
    public void Given_candidates_far_apart_in_ETA_When_ranked_Then_the_nearest_in_time_comes_first_whatever_the_rating()
    {
        var ranked = DispatchRanking.Rank(
        [
            new DispatchCandidate("far-star", 2_000, 300, 5.0, 1.0),
            new DispatchCandidate("near-poor", 500, 120, 3.0, 0.4),
        ]);

        Assert.Equal(["near-poor", "far-star"], ranked.Select(c => c.DriverId));
    }

    [Fact]
    public void Given_the_same_ETA_When_ranked_Then_the_better_rating_wins()
    {
        var ranked = DispatchRanking.Rank(
        [
            new DispatchCandidate("b", 800, 180, 4.2, 0.9),
            new DispatchCandidate("a", 800, 180, 4.9, 0.9),
        ]);

        Assert.Equal("a", ranked[0].DriverId);
    }

    [Fact]
    public void Given_the_same_ETA_and_rating_When_ranked_Then_the_higher_acceptance_rate_wins()
    {
        var ranked = DispatchRanking.Rank(
        [
            new DispatchCandidate("picky", 800, 180, 4.8, 0.3),
            new DispatchCandidate("keen", 800, 180, 4.8, 0.95),
        ]);

        Assert.Equal("keen", ranked[0].DriverId);
    }

    [Fact]
    public void Given_a_near_tie_When_ranked_Then_a_few_seconds_of_ETA_are_traded_for_quality()
    {
        var ranked = DispatchRanking.Rank(
        [
            new DispatchCandidate("slightly-nearer", 700, 170, 4.0, 0.5),
            new DispatchCandidate("excellent", 800, 180, 5.0, 1.0),
        ]);

        Assert.Equal("excellent", ranked[0].DriverId);
    }

    [Fact]
    public void Given_identical_scores_When_ranked_Then_distance_then_id_decide()
    {
        var ranked = DispatchRanking.Rank(
        [
            new DispatchCandidate("z", 900, 180, 5, 1),
            new DispatchCandidate("y", 800, 180, 5, 1),
            new DispatchCandidate("x", 900, 180, 5, 1),
        ]);

        Assert.Equal(["y", "x", "z"], ranked.Select(c => c.DriverId));
    }

    [Fact]
    public void Given_no_candidates_When_ranked_Then_the_list_is_empty() => Assert.Empty(DispatchRanking.Rank([]));

    [Fact]
    public void Given_a_new_driver_without_history_When_made_a_candidate_Then_neutral_values_are_used()
    {
        var candidate = DispatchCandidate.Of("new", 500, 60, null, null);

        Assert.Equal(DispatchCandidate.NeutralRating, candidate.Rating);
        Assert.Equal(DispatchCandidate.NeutralAcceptanceRate, candidate.AcceptanceRate);
    }

    [Fact]
    public void Given_the_default_policy_When_read_Then_it_widens_the_search_and_limits_attempts()
    {
        var policy = DispatchPolicy.Default;
        var now = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal([1_500, 3_000, 6_000], policy.RadiusStepsM);
        Assert.Equal(6_000, policy.RadiusFor(7));
        Assert.Equal(1_500, policy.RadiusFor(0));
        Assert.Equal(now.AddSeconds(15), policy.OfferExpiresAt(now));
        Assert.True(policy.MayOfferAgain(4));
        Assert.False(policy.MayOfferAgain(5));
    }
}
