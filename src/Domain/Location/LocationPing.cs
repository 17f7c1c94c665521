using Upjunoo.Domain.Geo;

namespace Upjunoo.Domain.Location;

/// <summary>
/// One position report from a driver's or courier's device. A value type: the ingestion path handles
/// millions per second and must not allocate one object per ping.
/// </summary>
public readonly record struct LocationPing(
    GeoPoint Position,
    DateTimeOffset At,
    double? HeadingDeg = null,
    double? SpeedMps = null,
    double? AccuracyM = null);
