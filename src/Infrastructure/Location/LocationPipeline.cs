using System.Threading.Channels;
using Akka;
using Akka.Actor;
using Akka.Streams;
using Akka.Streams.Dsl;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// Driver pings → region indexes, bounded end to end: a bounded channel (full → <see cref="OfferResult.IsFull"/>,
/// the endpoint's 429), a newest-per-driver batch of bounded size while the regions are busy, delivery to the
/// regions grouped by cell with acknowledgements. Memory is bounded by the channel capacity, the batch size and
/// the tracked-driver table, whatever the load.
/// </summary>
/// <remarks>
/// Validation runs synchronously in <see cref="TryOffer(string, DriverCard, IReadOnlyList{LocationPing})"/>, on the
/// caller's thread, not in the stream: the endpoint must answer each ping's rejection reason in its response;
/// the HTTP threads validate in parallel while a stream stage is one thread; and refused pings never take a slot
/// of the bounded channel, so garbage cannot crowd out good pings under overload. The stream is then only
/// conflate → group → deliver.
/// </remarks>
public sealed class LocationPipeline
{
    private readonly LocationSettings _settings;
    private readonly LocationCounters _counters;
    private readonly TimeProvider _time;
    private readonly IRegionRouter _router;
    private readonly Action<ImpossibleJump>? _onFraud;
    private readonly DriverTracks _tracks;
    private readonly ChannelWriter<PingEnvelope> _writer;

    private LocationPipeline(
        IRegionRouter router, LocationSettings settings, LocationCounters counters, TimeProvider time, Action<ImpossibleJump>? onFraud, IMaterializer materializer)
    {
        _router = router;
        _settings = settings;
        _counters = counters;
        _time = time;
        _onFraud = onFraud;
        _tracks = new DriverTracks(settings.MaxTrackedDrivers, settings.StaleAfter + settings.PingRules.MaxAge);
        var delivery = new RegionDelivery(router, _tracks, settings, counters);

        // The bounded channel is where overload must show, so the batching after it is bounded too (Batch, not
        // Conflate, which always pulls and would keep the channel empty while the regions fall behind).
        (_writer, Completion) = Source.Channel<PingEnvelope>(settings.ChannelCapacity, singleWriter: false, BoundedChannelFullMode.Wait)
            .Batch(settings.MaxConflated, e => new ConflatedBatch(e), (batch, e) => batch.Add(e, counters))
            .SelectAsync(settings.DeliveryParallelism, async batch =>
            {
                await delivery.Deliver(batch);
                return NotUsed.Instance;
            })
            .ToMaterialized(Sink.Ignore<NotUsed>(), Keep.Both)
            .Run(materializer);
    }

    public LocationCounters Counters => _counters;

    /// <summary>Completes when the stream stops (after <see cref="Complete"/> and draining, or on failure).</summary>
    public Task Completion { get; }

    public static LocationPipeline Start(
        ActorSystem system, IRegionRouter router, LocationSettings settings, LocationCounters counters, TimeProvider? time = null, Action<ImpossibleJump>? onFraud = null)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(counters);
        return new LocationPipeline(router, settings, counters, time ?? TimeProvider.System, onFraud, system.Materializer());
    }

    /// <summary>Validates and offers a driver's pings; false (and <see cref="OfferResult.IsFull"/>) when the pipeline is full.</summary>
    public bool TryOffer(string driverId, DriverCard card, IReadOnlyList<LocationPing> pings, out OfferResult result)
    {
        result = TryOffer(driverId, card, pings);
        return !result.IsFull;
    }

    public OfferResult TryOffer(string driverId, DriverCard card, IReadOnlyList<LocationPing> pings)
    {
        ArgumentException.ThrowIfNullOrEmpty(driverId);
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(pings);
        var now = _time.GetUtcNow();
        var track = _tracks.GetOrAdd(driverId, now);
        if (track is null)
        {
            return Offer(driverId, card, pings, now, new DriverTrack());
        }

        lock (track)
        {
            return Offer(driverId, card, pings, now, track);
        }
    }

    /// <summary>
    /// Takes the driver out of the index (offline, busy, on a trip). Pings offered before this call and still in
    /// the stream are dropped; later pings put the driver back.
    /// </summary>
    public void RemoveDriver(string driverId)
    {
        var track = _tracks.Find(driverId);
        if (track is null)
        {
            return;
        }

        string? cell;
        lock (track)
        {
            track.Epoch++;
            cell = track.RoutedCell;
            track.RoutedCell = null;
        }

        if (cell is not null)
        {
            _router.Tell(new RemoveDriver(cell, driverId, DateTimeOffset.MaxValue));
        }
    }

    /// <summary>Stops taking pings; <see cref="Completion"/> ends once what was taken has been delivered.</summary>
    public void Complete() => _writer.TryComplete();

    private OfferResult Offer(string driverId, DriverCard card, IReadOnlyList<LocationPing> pings, DateTimeOffset now, DriverTrack track)
    {
        var previous = track.LastAccepted;
        LocationPing? newest = null;
        List<PingRejection>? rejected = null;
        List<ImpossibleJump>? jumps = null;
        var accepted = 0;
        for (var i = 0; i < pings.Count; i++)
        {
            var ping = pings[i];
            var verdict = PingValidator.Validate(ping, previous, now, _settings.PingRules);
            if (verdict.IsAccepted)
            {
                accepted++;
                previous = ping;
                if (newest is null || ping.At >= newest.Value.At)
                {
                    newest = ping;
                }

                continue;
            }

            (rejected ??= []).Add(new PingRejection(i, verdict.Reason!.Value));
            if (verdict.Reason == PingRejectionReason.ImpossibleSpeed && _onFraud is not null)
            {
                (jumps ??= []).Add(new ImpossibleJump(driverId, previous!.Value, ping, verdict.ImpliedSpeedMps ?? double.NaN, now));
            }
        }

        if (newest is { } latest)
        {
            var envelope = new PingEnvelope(driverId, card, latest, now, Geohash.Encode(latest.Position, _settings.CellPrecision), accepted, track.Epoch);
            if (!_writer.TryWrite(envelope))
            {
                _counters.AddRefused(pings.Count);
                return OfferResult.Full(_settings.RetryAfter);
            }

            if (track.LastAccepted is not { } held || latest.At >= held.At)
            {
                track.LastAccepted = latest;
            }

            track.LastReceivedAt = now;
        }

        _counters.AddAccepted(accepted);
        _counters.AddRejected(rejected?.Count ?? 0);
        foreach (var jump in jumps ?? [])
        {
            _counters.AddFraudSignal();
            _onFraud!(jump);
        }

        return new OfferResult(false, accepted, rejected ?? (IReadOnlyList<PingRejection>)[], _settings.RetryAfter);
    }
}
