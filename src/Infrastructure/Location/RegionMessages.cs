using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>A message for the <see cref="RegionActor"/> of <see cref="Cell"/>; a sharding extractor routes by it.</summary>
public interface IRegionMessage : Application.Common.IWireMessage
{
    string Cell { get; }
}

/// <summary>The newest positions of drivers now in <paramref name="Cell"/>. Answered with <see cref="PositionsApplied"/>.</summary>
public sealed record UpdatePositions(string Cell, IReadOnlyList<PingEnvelope> Batch) : IRegionMessage;

/// <summary>The acknowledgement the pipeline waits for, so region mailboxes cannot grow without bound.</summary>
public sealed record PositionsApplied(string Cell, int Applied) : Application.Common.IWireMessage;

/// <summary>
/// The driver left the cell (moved on, went offline or busy). Not answered. Ignored when the region holds a
/// position newer than <paramref name="AsOf"/>.
/// </summary>
public sealed record RemoveDriver(string Cell, string DriverId, DateTimeOffset AsOf) : IRegionMessage;

/// <summary>Who is near <paramref name="Center"/> in this cell. Answered with <see cref="NearbyResult"/>.</summary>
public sealed record QueryNearby(string Cell, GeoPoint Center, double RadiusM, string? Service, int Limit, PartnerKind? Kind = null) : IRegionMessage;

/// <summary>The drivers of one cell within the circle, nearest first.</summary>
public sealed record NearbyResult(string Cell, IReadOnlyList<NearbyDriver> Drivers) : Application.Common.IWireMessage
{
    public static NearbyResult Empty(string cell) => new(cell, []);
}
