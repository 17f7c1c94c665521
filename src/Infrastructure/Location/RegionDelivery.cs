namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The stream's last step: takes a newest-per-driver batch, drops what a removal made obsolete, tells the old
/// cell when a driver moved to another, groups by cell and asks each region to apply its share. Waiting for
/// the regions' acknowledgements is what carries backpressure from the actors back to the channel.
/// </summary>
internal sealed class RegionDelivery(IRegionRouter router, DriverTracks tracks, LocationSettings settings, LocationCounters counters)
{
    // Grouping here rather than with GroupBy substreams: a city has thousands of cells, each substream costs
    // stages and buffers, and a batch already holds one ping per driver, so one dictionary pass is enough.
    public Task Deliver(ConflatedBatch batch)
    {
        var byCell = new Dictionary<string, List<PingEnvelope>>(StringComparer.Ordinal);
        foreach (var envelope in batch.Envelopes)
        {
            if (!Route(envelope))
            {
                continue;
            }

            if (!byCell.TryGetValue(envelope.Cell, out var list))
            {
                byCell[envelope.Cell] = list = [];
            }

            list.Add(envelope);
        }

        var asks = new List<Task>(byCell.Count);
        foreach (var (cell, list) in byCell)
        {
            foreach (var chunk in list.Chunk(settings.MaxRegionBatch))
            {
                asks.Add(Ask(new UpdatePositions(cell, chunk)));
            }
        }

        return Task.WhenAll(asks);
    }

    private bool Route(PingEnvelope envelope)
    {
        var track = tracks.Find(envelope.DriverId);
        if (track is null)
        {
            return true; // untracked (the track table is at its bound): stale eviction cleans up after it
        }

        string? previousCell;
        lock (track)
        {
            if (track.Epoch != envelope.Epoch)
            {
                counters.AddDroppedAfterRemoval(envelope.Pings);
                return false;
            }

            previousCell = track.RoutedCell;
            track.RoutedCell = envelope.Cell;
        }

        if (previousCell is not null && previousCell != envelope.Cell)
        {
            router.Tell(new RemoveDriver(previousCell, envelope.DriverId, envelope.Ping.At));
        }

        return true;
    }

    private async Task Ask(UpdatePositions update)
    {
        try
        {
            await router.Ask(update, settings.RegionAskTimeout, CancellationToken.None);
        }
#pragma warning disable CA1031 // a slow or dead region must not stop the stream; the loss is counted instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            counters.AddDeliveryFailed(update.Batch.Sum(p => p.Pings));
        }
    }
}
