using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>The port to the region index: available partners near a point, nearest first (R3, R32).</summary>
public interface INearbyDrivers
{
    Task<IReadOnlyList<NearbyDriver>> Find(GeoPoint center, double radiusM, string? service, PartnerKind? kind, int limit, CancellationToken cancellationToken);
}
