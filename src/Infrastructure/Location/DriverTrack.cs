using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// What the pipeline remembers of one driver. Callers lock the instance: HTTP threads validate and offer,
/// the stream stage moves the driver between cells, and the host removes the driver.
/// </summary>
internal sealed class DriverTrack
{
    public LocationPing? LastAccepted { get; set; }

    public DateTimeOffset LastReceivedAt { get; set; }

    /// <summary>Bumped by a removal: envelopes of an older epoch are dropped by the stream.</summary>
    public long Epoch { get; set; }

    /// <summary>The cell the stream last sent this driver to, so a move or a removal can clear it there.</summary>
    public string? RoutedCell { get; set; }
}
