using CsCheck;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Trips.TripFixture;

namespace Upjunoo.Domain.Tests.Trips;

/// <summary>Random command sequences, from random actors at random (also backwards) times, never break a trip.</summary>
public class TripInvariantsSpec
{
    private static readonly string[] DriverIds = [DriverId, OtherDriverId, "driver-3"];
    private static readonly Party[] Actors = [Rider, OtherRider, Driver, OtherDriver, Support, SystemParty];

    private sealed record Step(int Kind, int Actor, int Driver, int DeltaSeconds, int Stars);

    private static readonly Gen<Step> StepGen =
        Gen.Select(
            Gen.Frequency((40, Gen.Int[0, 37]), (1, Gen.Int[38, 39])), // cancelling and giving up stay rare so that rides finish
            Gen.Int[0, 23], // 0-5: a random actor, 6-23: the one who would normally send the command
            Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 2])), // mostly the driver the trip is about
            Gen.Frequency((3, Gen.Int[0, 10]), (1, Gen.Int[-30, 150])), // mostly quick steps, sometimes a clock going back
            Gen.Int[0, 6],
            (k, a, d, dt, s) => new Step(k, a, d, dt, s));

    private static readonly Gen<(CountryCode Country, bool Chosen, Step[] Steps)> ScenarioGen =
        Gen.Select(Gen.Enum<CountryCode>(), Gen.Bool, StepGen.Array[1, 60]);

    [Fact]
    public void Given_any_sequence_of_commands_When_applied_Then_the_trip_invariants_hold()
    {
        var completed = 0;
        ScenarioGen.Sample((country, chosen, steps) =>
        {
            var now = T0;
            var state = Apply(Trip.Initial, Trip.Decide(Request(chosen ? DriverId : null, country), Trip.Initial));
            foreach (var step in steps)
            {
                now = now.AddSeconds(step.DeltaSeconds);
                var command = CommandFor(step, state, now);
                var decision = Trip.Decide(command, state);
                Assert.True(!decision.IsRejected || decision.Events.Count == 0);
                var next = Apply(state, decision);
                HoldsBetween(state, next);
                Holds(next);

                // Idempotency: the same command again changes nothing.
                if (decision.Events.Count > 0)
                {
                    Assert.Empty(Trip.Decide(command, next).Events);
                }

                state = next;
            }

            if (state.Status == TripStatus.Completed)
            {
                Interlocked.Increment(ref completed);
            }
        }, iter: 3_000);

        Assert.True(completed > 0, "the generator never reached a completed trip");
    }

    private static TripCommand CommandFor(Step s, TripState state, DateTimeOffset now)
    {
        var driverId = DriverIds[s.Driver];
        var pendingOrChosen = state.PendingOffer?.DriverId ?? state.ChosenDriverId ?? driverId;
        var target = s.Driver == 0 ? pendingOrChosen : driverId;
        var assigned = state.Driver is { } d ? Party.Driver(d.DriverId) : Party.Driver(target);
        Party Natural(Party natural) => s.Actor < Actors.Length ? Actors[s.Actor] : natural;

        return s.Kind switch
        {
            <= 4 => new TripCommand.OfferToDriver(target, now.AddSeconds(60), Natural(SystemParty), now),
            <= 9 => new TripCommand.DriverAccepted(target, "Koffi", Car, Natural(Party.Driver(target)), now),
            10 => new TripCommand.DriverDeclined(target, Natural(Party.Driver(target)), now),
            11 => new TripCommand.OfferExpired(target, Natural(SystemParty), now),
            12 => new TripCommand.ChooseDriver(s.Stars % 2 == 0 ? null : driverId, Natural(Rider), now),
            <= 17 => new TripCommand.DriverArrived(Natural(assigned), now),
            <= 22 => new TripCommand.Start(Natural(assigned), now),
            <= 27 => new TripCommand.Complete(Math.Abs(s.DeltaSeconds) * 400, Math.Abs(s.DeltaSeconds) * 60, Natural(assigned), now),
            <= 34 => new TripCommand.Rate(s.Stars, null, Natural(s.Stars % 2 == 0 ? Rider : assigned), now),
            <= 37 => Request(null) with { Now = now },
            38 => new TripCommand.NoDriverFound(Natural(SystemParty), now),
            _ => new TripCommand.Cancel("reason", Natural(Rider), now),
        };
    }

    private static void Holds(TripState s)
    {
        Assert.True(Enum.IsDefined(s.Status));
        Assert.NotEmpty(s.Timeline);
        Assert.Equal(s.Status, s.Timeline[^1].Status);
        for (var i = 1; i < s.Timeline.Count; i++)
        {
            Assert.True(s.Timeline[i].At >= s.Timeline[i - 1].At, "timeline goes back in time");
            Assert.NotEqual(s.Timeline[i].Status, s.Timeline[i - 1].Status);
        }

        Assert.True(s.Attempts.Count(a => a.Outcome == OfferOutcome.Pending) <= 1);
        Assert.True(s.PendingOffer is null || s.Status == TripStatus.Dispatching, "pending offer outside dispatch");
        Assert.True(!s.AwaitingRiderChoice || (s.Status == TripStatus.Dispatching && s.PendingOffer is null));
        Assert.Equal(TripRules.RideProgress(s.Status) >= 0 || (s.Status == TripStatus.Cancelled && s.Driver is not null), s.Driver is not null);

        if (s.Status == TripStatus.Completed)
        {
            Assert.NotNull(s.Driver);
            Assert.NotNull(s.Completion);
            Assert.True(s.Completion.Fare.Total.Amount > 0);
            Assert.Equal(Countries.Countries.Of(s.Country).Currency.Code, s.Completion.Fare.Total.Currency);
        }
        else
        {
            Assert.Null(s.RatingByRider);
            Assert.Null(s.RatingByDriver);
        }

        Assert.Equal(s.Status == TripStatus.Cancelled, s.Cancellation is not null);
        if (s.Cancellation is { } c)
        {
            Assert.True(c.Fee.Amount >= 0);
            Assert.Equal(Countries.Countries.Of(s.Country).Currency.Code, c.Fee.Currency);
        }
    }

    private static void HoldsBetween(TripState before, TripState after)
    {
        if (!TripRules.IsOpen(before.Status))
        {
            Assert.Equal(before.Status, after.Status);
        }

        // Each side rates once: a rating, once given, never changes.
        Assert.True(before.RatingByRider is null || before.RatingByRider == after.RatingByRider);
        Assert.True(before.RatingByDriver is null || before.RatingByDriver == after.RatingByDriver);

        // Nobody takes over an assigned trip.
        Assert.True(before.Driver is null || before.Driver == after.Driver);
        Assert.True(after.Timeline.Count >= before.Timeline.Count);
    }
}
