using Akka.Actor;
using Akka.Event;
using Upjunoo.Application.Drivers;
using Upjunoo.Domain.Dispatch;
using Upjunoo.Domain.Drivers;

namespace Upjunoo.Infrastructure.Dispatch;

/// <summary>
/// The dispatch loop shared by trips (drivers) and delivery orders (couriers), owned by the job's actor: search nearby
/// partners, rank them (<see cref="DispatchRanking"/>), reserve the best through that partner's own entity (which
/// refuses when not free, so nobody ever holds two jobs, R33), have the job record the offer, arm its timer, and on
/// decline or time-out go on with the next; the search circle widens step by step, then the job hears that nobody was
/// found. The actor routes every <see cref="DispatchMessage"/> to <see cref="Handle"/> and tells the dispatcher
/// about its own events (offered, answered, released), so that recovery re-arms the same timers.
/// </summary>
public sealed class Dispatcher
{
    private const string OfferTimer = "dispatch-offer-timeout";
    private const string SearchTimer = "dispatch-search-again";
    private const int MaxEmptySearchesAtWidestRadius = 3;
    private const int SearchLimit = 10;
    private const int CandidatesPerRound = 5;
    private static readonly TimeSpan SearchRetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TimerSlack = TimeSpan.FromMilliseconds(50);

    private readonly string _jobId;
    private readonly DispatchJob _job;
    private readonly DispatchServices _services;
    private readonly IActorRef _self;
    private readonly Func<ITimerScheduler> _timers;
    private readonly ILoggingAdapter _log;
    private int _emptySearches;
    private bool _busy;

    /// <param name="timers">The actor's timers (Akka sets them after the constructor, hence a function).</param>
    public Dispatcher(string jobId, DispatchJob job, DispatchServices services, IActorRef self, Func<ITimerScheduler> timers, ILoggingAdapter log)
    {
        _jobId = jobId;
        _job = job;
        _services = services;
        _self = self;
        _timers = timers;
        _log = log;
    }

    private DateTimeOffset Now => _services.Clock.GetUtcNow();

    private DispatchPolicy Policy => _services.Policy;

    private ITimerScheduler Timers => _timers();

    /// <summary>Start (or resume) looking for a partner, if the job needs one; safe to call at any time.</summary>
    public void Kick() => _self.Tell(DispatchNext.Instance);

    public void Handle(DispatchMessage message)
    {
        switch (message)
        {
            case DispatchNext:
                Next();
                break;
            case CandidatesFound found:
                OnCandidates(found);
                break;
            case ReservationAnswered answer:
                OnReservation(answer);
                break;
            case OfferTimedOut timedOut:
                _job.ExpireOffer(timedOut.PartnerId);
                break;
            case DispatchFailed failed:
                _busy = false;
                _log.Warning(failed.Cause, "Dispatch of {0} {1} failed; retrying", _job.Kind, _jobId);
                Timers.StartSingleTimer(SearchTimer, DispatchNext.Instance, SearchRetryDelay);
                break;
        }
    }

    /// <summary>The job recorded an offer (now, or found in the journal on recovery): time it out when due.</summary>
    public void Offered(string partnerId, DateTimeOffset expiresAt)
    {
        var delay = expiresAt - Now;
        Timers.StartSingleTimer(OfferTimer, new OfferTimedOut(partnerId), (delay > TimeSpan.Zero ? delay : TimeSpan.Zero) + TimerSlack);
    }

    public void Declined(string partnerId)
    {
        Timers.Cancel(OfferTimer);
        Tell(partnerId, new DriverCommand.DeclineOffer(_jobId, Now));
    }

    public void Expired(string partnerId)
    {
        Timers.Cancel(OfferTimer);
        Tell(partnerId, new DriverCommand.ExpireOffer(_jobId, Now));
    }

    /// <summary>A partner accepted: no more timer, and the next search (if ever) starts from the smallest circle.</summary>
    public void Assigned(string partnerId, string customerId)
    {
        Timers.Cancel(OfferTimer);
        _emptySearches = 0;
        _services.Jobs.Start(partnerId, new ActiveJob(JobName, _jobId, customerId));
    }

    /// <summary>The job is on with this partner (seen again on recovery): their positions go to the customer.</summary>
    public void Resume(string partnerId, string customerId) => _services.Jobs.Start(partnerId, new ActiveJob(JobName, _jobId, customerId));

    /// <summary>The customer picked a partner again: the next search starts from the smallest circle.</summary>
    public void Reset() => _emptySearches = 0;

    /// <summary>The job stopped looking (cancelled, nobody found): the pending offer's timer is moot.</summary>
    public void Stop() => Timers.Cancel(OfferTimer);

    /// <summary>The job ended or withdrew its offer: the partner is free again.</summary>
    public void Release(string? partnerId)
    {
        if (partnerId is null)
        {
            return;
        }

        _services.Jobs.End(partnerId, _jobId);
        Tell(partnerId, new DriverCommand.ReleaseJob(_jobId, Now));
    }

    /// <summary>Tells a partner's entity something the job does not wait for; failures are logged, the partner's own rules stay safe.</summary>
    public void Tell(string partnerId, DriverCommand command)
    {
        var log = _log;
        var jobId = _jobId;
        _services.Drivers.Send(partnerId, command, CancellationToken.None)
            .ContinueWith(t => log.Warning(t.Exception, "{0}: telling partner {1} failed", jobId, partnerId), TaskContinuationOptions.OnlyOnFaulted);
    }

    private string JobName => _job.Kind == JobKind.Trip ? "trip" : "order";

    private void Next()
    {
        if (_busy || _job.Current() is not { } request)
        {
            return;
        }

        if (!Policy.MayOfferAgain(request.AttemptsSoFar))
        {
            _job.NoPartnerFound();
            return;
        }

        _busy = true;
        if (request.ChosenPartnerId is { } chosen)
        {
            Reserve(DispatchCandidate.Of(chosen, 0, 0, null, null), []);
            return;
        }

        FindCandidates(request, Policy.RadiusFor(_emptySearches))
            .PipeTo(_self, success: ranked => new CandidatesFound(ranked), failure: e => new DispatchFailed(e));
    }

    /// <summary>Nearby free partners, with each one's acceptance rate from their own entity, ranked by the domain.</summary>
    private async Task<IReadOnlyList<DispatchCandidate>> FindCandidates(DispatchRequest request, int radiusM)
    {
        var nearby = await _services.Nearby.Find(request.Pickup, radiusM, request.Service, _job.PartnerKind, SearchLimit, CancellationToken.None);
        var fresh = nearby.Where(d => !request.Excluded.Contains(d.DriverId)).Take(CandidatesPerRound).ToList();
        var states = await Task.WhenAll(fresh.Select(d => _services.Drivers.Get(d.DriverId, CancellationToken.None)));
        return DispatchRanking.Rank(fresh.Zip(states, (d, s) => DispatchCandidate.Of(
            d.DriverId, (int)d.DistanceM, d.EtaSeconds, s.AverageRating ?? d.Rating, s.AcceptanceRate)).Where((_, i) => states[i].IsFree));
    }

    private void OnCandidates(CandidatesFound found)
    {
        if (_job.Current() is null)
        {
            _busy = false;
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
        _services.Drivers.Send(candidate.DriverId, new DriverCommand.Offer(_job.Kind, _jobId, expiresAt, Now), CancellationToken.None)
            .PipeTo(
                _self,
                success: reply => new ReservationAnswered(candidate.DriverId, expiresAt, rest, reply.Rejection),
                failure: e => new DispatchFailed(e));
    }

    private void OnReservation(ReservationAnswered answer)
    {
        var request = _job.Current();
        if (request is null)
        {
            _busy = false;
            if (answer.Rejection is null)
            {
                Release(answer.PartnerId);
            }

            return;
        }

        if (answer.Rejection is null)
        {
            _busy = false;
            if (!_job.RecordOffer(answer.PartnerId, answer.ExpiresAt))
            {
                Release(answer.PartnerId);
            }

            return;
        }

        if (request.ChosenPartnerId == answer.PartnerId)
        {
            _busy = false;
            _job.ChosenPartnerBusy?.Invoke(answer.PartnerId);
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
        _busy = false;
        _emptySearches++;
        if (_emptySearches >= Policy.RadiusStepsM.Count + MaxEmptySearchesAtWidestRadius)
        {
            _job.NoPartnerFound();
            return;
        }

        Timers.StartSingleTimer(SearchTimer, DispatchNext.Instance, _emptySearches < Policy.RadiusStepsM.Count ? TimeSpan.Zero : SearchRetryDelay);
    }
}
