using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Upjunoo.Application.Orders;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Orders;
using Upjunoo.Infrastructure.Dispatch;
using Upjunoo.Infrastructure.Entities;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Infrastructure.Orders;

/// <summary>
/// One delivery order (R5): the DeliveryOrder decider in a persistent actor, plus courier dispatch through the same
/// <see cref="Dispatcher"/> as trips, from the store's acceptance until a courier accepts. Personal data is encrypted
/// with the customer's key (the courier's first name with the courier's). Offer timers are re-armed after recovery,
/// and the order region remembers its entities, so dispatch carries on after a restart. Each party gets its own
/// <c>orderUpdated</c> view.
/// </summary>
public sealed class DeliveryOrderActor : DeciderActor<DeliveryOrder, OrderState, OrderCommand, OrderEvent>, IWithTimers
{
    private static readonly TimeSpan IdleAfterEnd = TimeSpan.FromSeconds(30);

    private readonly DispatchServices _services;
    private readonly Dispatcher _dispatcher;

    public DeliveryOrderActor(string orderId, DispatchServices services)
        : base("order", orderId, 50, (_, state) => state.CustomerId, services.Metrics)
    {
        _services = services;
        _dispatcher = new Dispatcher(orderId, new DispatchJob
        {
            Kind = JobKind.Order,
            PartnerKind = PartnerKind.Courier,
            Current = CurrentRequest,
            RecordOffer = (courierId, expiresAt) => !Run(new OrderCommand.OfferToCourier(courierId, expiresAt, OrderParty.System, Now), null).IsRejected,
            ExpireOffer = courierId => Run(new OrderCommand.OfferExpired(courierId, OrderParty.System, Now), null),
            NoPartnerFound = () => Run(new OrderCommand.NoCourierFound(OrderParty.System, Now), null),
        }, services, Self, () => Timers, Log);
        Command<DispatchMessage>(_dispatcher.Handle);
        Command<ReceiveTimeout>(_ => PassivateIfEnded());
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => _services.Clock.GetUtcNow();

    private bool NeedsDispatch => State.Exists && State.IsLookingForCourier && State.PendingOffer is null;

    private bool HasEnded => State.Exists && !OrderRules.IsOpen(State.Status);

    /// <summary>Couriers go to the store first; the customer and the couriers already asked are not asked again.</summary>
    private DispatchRequest? CurrentRequest() => NeedsDispatch
        ? new DispatchRequest(
            State.StorePosition,
            null,
            State.Attempts.Count,
            State.Attempts.Select(a => a.CourierId).Append(State.CustomerId!).Append(State.StoreOwnerId!).ToHashSet())
        : null;

    protected override void AfterRecovery()
    {
        if (State.PendingOffer is { } offer)
        {
            _dispatcher.Offered(offer.CourierId, offer.ExpiresAt);
        }
        else if (NeedsDispatch)
        {
            _dispatcher.Kick();
        }

        if (State.Courier is { } courier && OrderRules.IsOpen(State.Status))
        {
            _dispatcher.Resume(courier.CourierId, State.CustomerId!);
        }

        if (HasEnded)
        {
            Context.SetReceiveTimeout(IdleAfterEnd);
        }
    }

    protected override void AfterPersist(IReadOnlyList<OrderEvent> events)
    {
        foreach (var e in events)
        {
            React(e);
        }

        Forget(_services.Live.OrderUpdated([State.CustomerId!], OrderView.For(State, OrderPartyRole.Customer)));
        Forget(_services.Live.OrderUpdated([State.StoreOwnerId!], OrderView.For(State, OrderPartyRole.Store)));
        if (State.Courier is { } courier)
        {
            Forget(_services.Live.OrderUpdated([courier.CourierId], OrderView.For(State, OrderPartyRole.Courier)));
        }

        if (NeedsDispatch)
        {
            _dispatcher.Kick();
        }

        if (HasEnded)
        {
            Context.SetReceiveTimeout(IdleAfterEnd);
        }
    }

    private void React(OrderEvent e)
    {
        switch (e)
        {
            case CourierOffered offered:
                _dispatcher.Offered(offered.CourierId, offered.ExpiresAt);
                Forget(_services.Live.Offer(offered.CourierId, OrderOffers.View(State)));
                break;
            case OfferDeclined declined:
                _dispatcher.Declined(declined.CourierId);
                break;
            case OrderEvent.V1.OfferExpired expired:
                _dispatcher.Expired(expired.CourierId);
                break;
            case CourierAssigned assigned:
                _dispatcher.Assigned(assigned.CourierId, State.CustomerId!);
                break;
            case OrderEvent.V1.NoCourierFound noCourier:
                _dispatcher.Stop();
                _dispatcher.Release(noCourier.CourierToRelease);
                break;
            case Cancelled cancelled:
                _dispatcher.Stop();
                _dispatcher.Release(cancelled.CourierToRelease);
                break;
            case Delivered delivered:
                _dispatcher.Release(delivered.CourierId);
                break;
        }
    }

    private void Forget(Task task)
    {
        var log = Log;
        var id = PersistenceId;
        task.ContinueWith(t => log.Warning(t.Exception, "{0}: a notification failed", id), TaskContinuationOptions.OnlyOnFaulted);
    }

    /// <summary>An ended order leaves memory (and the remembered-entities set) after a quiet spell.</summary>
    private void PassivateIfEnded()
    {
        if (HasEnded)
        {
            Context.Parent.Tell(new Passivate(PoisonPill.Instance));
        }
    }
}
