using Akka.Actor;
using Akka.Cluster.Sharding;
using Akka.Event;
using Upjunoo.Application.Drivers;
using Upjunoo.Application.Trips;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Dispatch;
using Upjunoo.Domain.Drivers;
using Upjunoo.Domain.Trips;
using Upjunoo.Infrastructure.Entities;
using static Upjunoo.Domain.Trips.TripEvent.V1;

namespace Upjunoo.Infrastructure.Trips;

/// <summary>
/// One ride (R4): the Trip decider in a persistent actor, plus dispatch. Dispatch reserves one driver at a time
/// through that driver's own entity (which refuses when not free, so no driver ever holds two jobs, R33), records the
/// offer, and arms an Akka timer for it. Timers are re-armed after recovery, and the trip region remembers its
/// entities, so a trip in flight wakes up and carries on after a restart or on another node.
/// </summary>
public sealed class TripActor : DeciderActor<Trip, TripState, TripCommand, TripEvent>, IWithTimers
{
    private const string OfferTimer = "offer-timeout";
    private const string SearchTimer = "search-again";
    private const int MaxEmptySearchesAtWidestRadius = 3;
    private static readonly TimeSpan SearchRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan IdleAfterEnd = TimeSpan.FromSeconds(30);

    private readonly TripDispatchServices _services;
    private int _emptySearches;
    private bool _dispatching;

    public TripActor(string tripId, TripDispatchServices services)
        : base("trip", tripId, 50, (_, state) => state.RiderId, services.Metrics)
    {
        _services = services;
        Command<DispatchNext>(_ => Dispatch());
        Command<CandidatesFound>(OnCandidates);
        Command<ReservationAnswered>(OnReservation);
        Command<OfferTimedOut>(t => Run(new TripCommand.OfferExpired(t.DriverId, Party.System, Now), null));
        Command<Status.Failure>(OnDispatchFailure);
        Command<ReceiveTimeout>(_ => PassivateIfEnded());
    }

    public ITimerScheduler Timers { get; set; } = null!;

    private DateTimeOffset Now => _services.Clock.GetUtcNow();

    private DispatchPolicy Policy => _services.Policy;

    private bool NeedsDispatch =>
        State.Exists && TripRules.IsLookingForDriver(State.Status) && State.PendingOffer is null && !State.AwaitingRiderChoice;

    private bool HasEnded => State.Status is TripStatus.Completed or TripStatus.Cancelled or TripStatus.NoDriverFound;

    protected override void AfterRecovery()
    {
        if (State.PendingOffer is { } offer)
        {
            ArmOfferTimer(offer.DriverId, offer.ExpiresAt);
        }
        else if (NeedsDispatch)
        {
            Self.Tell(DispatchNext.Instance);
        }

        if (State.Driver is { } driver && TripRules.RideProgress(State.Status) is >= 0 and < 3)
        {
            _services.Jobs.Start(driver.DriverId, new ActiveJob("trip", EntityId, State.RiderId!));
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

        var parties = new[] { State.RiderId, State.Driver?.DriverId }.OfType<string>().ToList();
        Forget(_services.Live.TripUpdated(parties, TripView.Of(State)));
        if (NeedsDispatch)
        {
            Self.Tell(DispatchNext.Instance);
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

                ArmOfferTimer(offered.DriverId, offered.ExpiresAt);
                Forget(_services.Live.Offer(offered.DriverId, TripOffers.View(State)));
                break;
            case OfferDeclined declined:
                Timers.Cancel(OfferTimer);
                Tell(declined.DriverId, new DriverCommand.DeclineOffer(EntityId, Now));
                break;
            case TripEvent.V1.OfferExpired expired:
                Timers.Cancel(OfferTimer);
                Tell(expired.DriverId, new DriverCommand.ExpireOffer(EntityId, Now));
                break;
            case DriverAssigned assigned:
                Timers.Cancel(OfferTimer);
                _emptySearches = 0;
                _services.Jobs.Start(assigned.DriverId, new ActiveJob("trip", EntityId, State.RiderId!));
                break;
            case DriverChosen:
                _emptySearches = 0;
                break;
            case TripEvent.V1.NoDriverFound noDriver:
                Timers.Cancel(OfferTimer);
                Release(noDriver.DriverToRelease);
                break;
            case Cancelled cancelled:
                Timers.Cancel(OfferTimer);
                Release(cancelled.DriverToRelease);
                break;
            case Completed:
                Release(State.Driver?.DriverId);
                break;
            case Rated rated when rated.By == PartyRole.Rider && State.Driver is { } driver:
                Tell(driver.DriverId, new DriverCommand.RecordRating(EntityId, rated.Stars, Now));
                break;
        }
    }

    private void Dispatch()
    {
        if (_dispatching || !NeedsDispatch)
        {
            return;
        }

        if (!Policy.MayOfferAgain(State.Attempts.Count))
        {
            Run(new TripCommand.NoDriverFound(Party.System, Now), null);
            return;
        }

        _dispatching = true;
        if (State.ChosenDriverId is { } chosen)
        {
            Reserve(DispatchCandidate.Of(chosen, 0, 0, null, null), []);
            return;
        }

        var radius = Policy.RadiusFor(_emptySearches);
        var tried = State.Attempts.Select(a => a.DriverId).Append(State.RiderId).ToHashSet();
        FindCandidates(radius, tried).PipeTo(Self, success: ranked => new CandidatesFound(ranked));
    }

    /// <summary>Nearby free drivers, with each one's acceptance rate from their own entity, ranked by the domain.</summary>
    private async Task<IReadOnlyList<DispatchCandidate>> FindCandidates(int radiusM, HashSet<string?> tried)
    {
        var nearby = await _services.Nearby.Find(
            State.Pickup!.Position, radiusM, ServiceName(State.Service), PartnerKind.Driver, 10, CancellationToken.None);
        var fresh = nearby.Where(d => !tried.Contains(d.DriverId)).Take(5).ToList();
        var states = await Task.WhenAll(fresh.Select(d => _services.Drivers.Get(d.DriverId, CancellationToken.None)));
        return DispatchRanking.Rank(fresh.Zip(states, (d, s) => DispatchCandidate.Of(
            d.DriverId, (int)d.DistanceM, d.EtaSeconds, s.AverageRating ?? d.Rating, s.AcceptanceRate)).Where((_, i) => states[i].IsFree));
    }

    private void OnCandidates(CandidatesFound found)
    {
        if (!NeedsDispatch)
        {
            _dispatching = false;
            return;
        }

        if (found.Ranked.Count == 0)
        {
            SearchAgainLater();
            return;
        }

        Reserve(found.Ranked[0], [.. found.Ranked.Skip(1)]);
    }

    private void Reserve(DispatchCandidate candidate, IReadOnlyList<DispatchCandidate> rest)
    {
        var expiresAt = Policy.OfferExpiresAt(Now);
        _services.Drivers.Send(candidate.DriverId, new DriverCommand.Offer(JobKind.Trip, EntityId, expiresAt, Now), CancellationToken.None)
            .PipeTo(Self, success: reply => new ReservationAnswered(candidate.DriverId, expiresAt, rest, reply.Rejection));
    }

    private void OnReservation(ReservationAnswered answer)
    {
        if (!NeedsDispatch)
        {
            _dispatching = false;
            if (answer.Rejection is null)
            {
                Release(answer.DriverId);
            }

            return;
        }

        if (answer.Rejection is null)
        {
            _dispatching = false;
            var offered = Run(new TripCommand.OfferToDriver(answer.DriverId, answer.ExpiresAt, Party.System, Now), null);
            if (offered.IsRejected)
            {
                Release(answer.DriverId);
            }

            return;
        }

        if (State.ChosenDriverId == answer.DriverId)
        {
            _dispatching = false;
            Run(new TripCommand.ChosenDriverBusy(answer.DriverId, Party.System, Now), null);
            return;
        }

        if (answer.Rest.Count > 0)
        {
            Reserve(answer.Rest[0], [.. answer.Rest.Skip(1)]);
            return;
        }

        SearchAgainLater();
    }

    /// <summary>Nobody free: widen the circle step by step, then retry the widest a few times before giving up.</summary>
    private void SearchAgainLater()
    {
        _dispatching = false;
        _emptySearches++;
        if (_emptySearches >= Policy.RadiusStepsM.Count + MaxEmptySearchesAtWidestRadius)
        {
            Run(new TripCommand.NoDriverFound(Party.System, Now), null);
            return;
        }

        Timers.StartSingleTimer(SearchTimer, DispatchNext.Instance, _emptySearches < Policy.RadiusStepsM.Count ? TimeSpan.Zero : SearchRetryDelay);
    }

    private void OnDispatchFailure(Status.Failure failure)
    {
        _dispatching = false;
        Log.Warning(failure.Cause, "Dispatch of {0} failed; retrying", PersistenceId);
        Timers.StartSingleTimer(SearchTimer, DispatchNext.Instance, SearchRetryDelay);
    }

    private void ArmOfferTimer(string driverId, DateTimeOffset expiresAt)
    {
        var delay = expiresAt - Now;
        Timers.StartSingleTimer(OfferTimer, new OfferTimedOut(driverId), (delay > TimeSpan.Zero ? delay : TimeSpan.Zero) + TimerSlack);
    }

    private void Release(string? driverId)
    {
        if (driverId is null)
        {
            return;
        }

        _services.Jobs.End(driverId, EntityId);
        Tell(driverId, new DriverCommand.ReleaseJob(EntityId, Now));
    }

    /// <summary>Tells a driver's entity something the trip does not wait for; failures are logged, the driver's own rules stay safe.</summary>
    private void Tell(string driverId, DriverCommand command) => Forget(_services.Drivers.Send(driverId, command, CancellationToken.None));

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

    private static string ServiceName(Domain.Fares.ServiceType service) => service.ToString().ToLowerInvariant();
}
