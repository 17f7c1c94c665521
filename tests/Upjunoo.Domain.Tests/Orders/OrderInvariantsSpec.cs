using CsCheck;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Orders;
using Upjunoo.Domain.Trips;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

/// <summary>Random command sequences, from random actors at random (also backwards) times, never break an order.</summary>
public class OrderInvariantsSpec
{
    private static readonly string[] CourierIds = [CourierId, OtherCourierId, "courier-3"];
    private static readonly OrderParty[] Actors = [Customer, OtherCustomer, StoreOwner, OtherStore, Courier, OtherCourier, Support, SystemParty];

    private sealed record Step(int Kind, int Actor, int Courier, int DeltaSeconds, int Photo);

    private static readonly Gen<Step> StepGen =
        Gen.Select(
            Gen.Frequency((40, Gen.Int[0, 29]), (1, Gen.Int[30, 32])), // cancelling, refusing and giving up stay rare so that orders finish
            Gen.Int[0, 31], // 0-7: a random actor, 8-31: the one who would normally send the command
            Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 2])), // mostly the courier the order is about
            Gen.Frequency((3, Gen.Int[0, 10]), (1, Gen.Int[-30, 150])), // mostly quick steps, sometimes a clock going back
            Gen.Int[0, 5],
            (k, a, c, dt, p) => new Step(k, a, c, dt, p));

    private static readonly Gen<(CountryCode Country, Step[] Steps)> ScenarioGen = Gen.Select(Gen.Enum<CountryCode>(), StepGen.Array[1, 60]);

    [Fact]
    public void Given_any_sequence_of_commands_When_applied_Then_the_order_invariants_hold()
    {
        var delivered = 0;
        ScenarioGen.Sample((country, steps) =>
        {
            var now = T0;
            var state = Apply(DeliveryOrder.Initial, DeliveryOrder.Decide(Place(country), DeliveryOrder.Initial));
            foreach (var step in steps)
            {
                now = now.AddSeconds(step.DeltaSeconds);
                var command = CommandFor(step, state, now, country);
                var decision = DeliveryOrder.Decide(command, state);
                Assert.True(!decision.IsRejected || decision.Events.Count == 0);
                var next = Apply(state, decision);
                HoldsBetween(state, next);
                Holds(next);

                // Idempotency: the same command again changes nothing.
                if (decision.Events.Count > 0)
                {
                    Assert.Empty(DeliveryOrder.Decide(command, next).Events);
                }

                state = next;
            }

            if (state.Status == OrderStatus.Delivered)
            {
                Interlocked.Increment(ref delivered);
            }
        }, iter: 3_000);

        Assert.True(delivered > 0, "the generator never reached a delivered order");
    }

    private static OrderCommand CommandFor(Step s, OrderState state, DateTimeOffset now, CountryCode country)
    {
        var courierId = CourierIds[s.Courier];
        var target = s.Courier == 0 ? state.PendingOffer?.CourierId ?? courierId : courierId;
        var assigned = state.Courier is { } c ? OrderParty.Courier(c.CourierId) : OrderParty.Courier(target);
        OrderParty Natural(OrderParty natural) => s.Actor < Actors.Length ? Actors[s.Actor] : natural;
        var photo = s.Photo == 0 ? new ProofPhoto("blob-x", "image/gif", 10) : Photo;

        return s.Kind switch
        {
            <= 3 => new OrderCommand.AcceptByStore(Natural(StoreOwner), now),
            <= 6 => new OrderCommand.MarkReady(Natural(StoreOwner), now),
            <= 10 => new OrderCommand.OfferToCourier(target, now.AddSeconds(60), Natural(SystemParty), now),
            <= 14 => new OrderCommand.CourierAccepted(target, "Koffi", Natural(OrderParty.Courier(target)), now),
            15 => new OrderCommand.CourierDeclined(target, Natural(OrderParty.Courier(target)), now),
            16 => new OrderCommand.OfferExpired(target, Natural(SystemParty), now),
            <= 21 => new OrderCommand.PickUp(Natural(assigned), now),
            <= 26 => new OrderCommand.Deliver(photo, Natural(assigned), now),
            <= 29 => Place(country) with { Now = now },
            30 => new OrderCommand.RejectByStore("closed", Natural(StoreOwner), now),
            31 => new OrderCommand.NoCourierFound(Natural(SystemParty), now),
            _ => new OrderCommand.Cancel("reason", Natural(s.Photo % 2 == 0 ? Customer : Support), now),
        };
    }

    private static void Holds(OrderState s)
    {
        Assert.True(Enum.IsDefined(s.Status));
        Assert.NotEmpty(s.Timeline);
        Assert.Equal(OrderStatus.Placed, s.Timeline[0].Status);
        Assert.Equal(s.Status, s.Timeline[^1].Status);
        for (var i = 1; i < s.Timeline.Count; i++)
        {
            Assert.True(s.Timeline[i].At >= s.Timeline[i - 1].At, "timeline goes back in time");
            Assert.NotEqual(s.Timeline[i].Status, s.Timeline[i - 1].Status);
        }

        var currency = Countries.Countries.Of(s.Country).Currency.Code;
        Assert.Equal(s.Items.Sum(i => i.UnitPrice.Amount * i.Quantity) + s.DeliveryFee!.Value.Amount, s.Total!.Value.Amount);
        Assert.All(new[] { s.Total.Value, s.DeliveryFee.Value, s.ItemsTotal!.Value }, m => Assert.Equal(currency, m.Currency));

        Assert.True(s.Attempts.Count(a => a.Outcome == OfferOutcome.Pending) <= 1);
        Assert.True(s.PendingOffer is null || s.IsLookingForCourier, "pending offer while not looking for a courier");
        Assert.True(s.Attempts.Count(a => a.Outcome == OfferOutcome.Accepted) <= 1);
        Assert.Equal(s.Courier is not null, s.Attempts.Any(a => a.Outcome == OfferOutcome.Accepted));

        if (s.Status is OrderStatus.CourierAssigned or OrderStatus.PickedUp or OrderStatus.Delivered)
        {
            Assert.NotNull(s.Courier);
        }

        if (s.Status is OrderStatus.Ready or OrderStatus.PickedUp or OrderStatus.Delivered)
        {
            Assert.True(s.IsReady);
        }

        Assert.Equal(s.Status == OrderStatus.Delivered, s.Proof is not null);
        if (s.Status == OrderStatus.Delivered)
        {
            Assert.NotNull(s.Courier);
            Assert.True(s.Proof!.IsValid);
            Assert.Contains(s.Timeline, t => t.Status == OrderStatus.PickedUp);
        }

        Assert.Equal(s.Status is OrderStatus.Cancelled or OrderStatus.RejectedByStore, s.Cancellation is not null);
        if (s.Status == OrderStatus.RejectedByStore)
        {
            Assert.Equal(2, s.Timeline.Count);
        }

        if (s.Cancellation is { By.Role: OrderPartyRole.Customer })
        {
            // The customer can only cancel before the store accepted.
            Assert.Equal([OrderStatus.Placed, OrderStatus.Cancelled], s.Timeline.Select(t => t.Status));
        }
    }

    private static void HoldsBetween(OrderState before, OrderState after)
    {
        if (!OrderRules.IsOpen(before.Status))
        {
            Assert.Equal(before.Status, after.Status);
        }

        // Nobody takes over an assigned order, nothing about the purchase changes after placement.
        Assert.True(before.Courier is null || before.Courier == after.Courier);
        Assert.True(before.ReadyAt is null || before.ReadyAt == after.ReadyAt);
        Assert.Equal(before.Total, after.Total);
        Assert.Same(before.Items, after.Items);
        Assert.True(after.Timeline.Count >= before.Timeline.Count);
        Assert.True(after.Attempts.Count >= before.Attempts.Count);
    }
}
