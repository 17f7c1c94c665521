using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Trips;
using Upjunoo.Infrastructure.Dispatch;
using Upjunoo.Infrastructure.Entities;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Infrastructure.Trips;

/// <summary>
/// One ride (R4): the Trip decider in a persistent actor, plus dispatch (<see cref="Dispatcher"/>, shared with
/// delivery orders). Dispatch reserves one driver at a time through that driver's own entity, the trip records the
/// offer, and an Akka timer times it out. Timers are re-armed after recovery, and the trip region remembers its
/// entities, so a trip in flight wakes up and carries on after a restart or on another node.
/// </summary>
public sealed class TripActor : DeciderActor<Trip, TripState, TripCommand, TripEvent>, IWithTimers
{
    private static readonly TimeSpan IdleAfterEnd = TimeSpan.FromSeconds(30);

    private readonly DispatchServices _services;
    private readonly Dispatcher _dispatcher;

    public TripActor(string tripId, DispatchServices services)
        : base("trip", tripId, 50, (_, state) => state.RiderId, services.Metrics)
    {
        _services = services;
        _dispatcher = new Dispatcher(tripId, new DispatchJob
        {
            Kind = JobKind.Trip,
            PartnerKind = PartnerKind.Driver,
            Current = CurrentRequest,
            RecordOffer = (driverId, expiresAt) => !Run(new TripCommand.OfferToDriver(driverId, expiresAt, Party.System, Now), null).IsRejected,
            ExpireOffer = driverId => Run(new TripCommand.OfferExpired(driverId, Party.System, Now), null),
            NoPartnerFound = () => Run(new TripCommand.NoDriverFound(Party.System, Now), null),
            ChosenPartnerBusy = driverId => Run(new TripCommand.ChosenDriverBusy(driverId, Party.System, Now), null),
        }, services, Self, () => Timers, Log);
        Command<DispatchMessage>(_dispatcher.Handle);
        Command<ReceiveTimeout>(_ => PassivateIfEnded());
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => _services.Clock.GetUtcNow();

    private bool NeedsDispatch =>
        State.Exists && TripRules.IsLookingForDriver(State.Status) && State.PendingOffer is null && !State.AwaitingRiderChoice;

    /// <summary>Ended, or purged by retention (no state left): either way nothing more will happen by itself.</summary>
    private bool HasEnded => !State.Exists || State.Status is TripStatus.Completed or TripStatus.Cancelled or TripStatus.NoDriverFound;

    private DispatchRequest? CurrentRequest() => NeedsDispatch
        ? new DispatchRequest(
            State.Pickup!.Position,
            State.Service.ToString().ToLowerInvariant(),
            State.Attempts.Count,
            State.Attempts.Select(a => a.DriverId).Append(State.RiderId!).ToHashSet(),
            State.ChosenDriverId)
        : null;

    protected override void AfterRecovery()
    {
        if (State.PendingOffer is { } offer)
        {
            _dispatcher.Offered(offer.DriverId, offer.ExpiresAt);
        }
        else if (NeedsDispatch)
        {
            _dispatcher.Kick();
        }

        if (State.Driver is { } driver && TripRules.RideProgress(State.Status) is >= 0 and < 3)
        {
            _dispatcher.Resume(driver.DriverId, State.RiderId!);
        }

        if (HasEnded)
        {
            Context.SetReceiveTimeout(IdleAfterEnd);
        }
    }

    protected override void AfterPersist(IReadOnlyList<TripEvent> events)
    {
        foreach (var e in events)
        {
            React(e);
        }

        if (State.Exists)
        {
            var parties = new[] { State.RiderId, State.Driver?.DriverId }.OfType<string>().ToList();
            Forget(_services.Live.TripUpdated(parties, TripView.Of(State)));
        }
        if (NeedsDispatch)
        {
            _dispatcher.Kick();
        }

        if (HasEnded)
        {
            if (events.Any(e => e is TripEvent.V1.NoDriverFound or Cancelled or Completed))
            {
                _services.Metrics?.TripEnded();
            }

            Context.SetReceiveTimeout(IdleAfterEnd);
        }
    }

    private void React(TripEvent e)
    {
        switch (e)
        {
            case Requested:
                _services.Metrics?.TripStarted();
                break;
            case DriverOffered offered:
                if (State.Attempts.Count == 1 && State.Timeline.Count > 0)
                {
                    _services.Metrics?.DispatchLatency(offered.At - State.Timeline[0].At);
                }

                _dispatcher.Offered(offered.DriverId, offered.ExpiresAt);
                Forget(_services.Live.Offer(offered.DriverId, TripOffers.View(State)));
                break;
            case OfferDeclined declined:
                _dispatcher.Declined(declined.DriverId);
                break;
            case TripEvent.V1.OfferExpired expired:
                _dispatcher.Expired(expired.DriverId);
                break;
            case DriverAssigned assigned:
                _dispatcher.Assigned(assigned.DriverId, State.RiderId!);
                break;
            case DriverChosen:
                _dispatcher.Reset();
                break;
            case TripEvent.V1.NoDriverFound noDriver:
                _dispatcher.Stop();
                _dispatcher.Release(noDriver.DriverToRelease);
                break;
            case Cancelled cancelled:
                _dispatcher.Stop();
                _dispatcher.Release(cancelled.DriverToRelease);
                break;
            case Completed:
                _dispatcher.Release(State.Driver?.DriverId);
                break;
            case Rated rated when rated.By == PartyRole.Rider && State.Driver is { } driver:
                _dispatcher.Tell(driver.DriverId, new DriverCommand.RecordRating(EntityId, rated.Stars, Now));
                break;
        }
    }

    private void Forget(Task task)
    {
        var log = Log;
        var id = PersistenceId;
        task.ContinueWith(t => log.Warning(t.Exception, "{0}: a notification failed", id), TaskContinuationOptions.OnlyOnFaulted);
    }

    /// <summary>An ended trip leaves memory (and the remembered-entities set) after a quiet spell; a later rating wakes it again.</summary>
    private void PassivateIfEnded()
    {
        if (HasEnded)
        {
            Context.Parent.Tell(new Passivate(PoisonPill.Instance));
        }
    }
}
