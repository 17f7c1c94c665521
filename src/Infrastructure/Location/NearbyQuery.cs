using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// "Who is near here": asks every region whose cell intersects the circle, in parallel, and ranks the answers.
/// A region that does not answer in time contributes nothing rather than failing the whole search. Used by the
/// nearby endpoint and by dispatch.
/// </summary>
public sealed class NearbyQuery(IRegionRouter router, LocationSettings settings)
{
    public async Task<IReadOnlyList<NearbyDriver>> FindAsync(
        GeoPoint center, double radiusM, string? service, int limit, CancellationToken cancellationToken, PartnerKind? kind = null)
    {
        if (!center.IsValid)
        {
            throw new ArgumentOutOfRangeException(nameof(center), center, "not a valid WGS 84 position");
        }

        radiusM = double.IsFinite(radiusM) ? Math.Clamp(radiusM, 0, settings.MaxNearbyRadiusM) : settings.MaxNearbyRadiusM;
        limit = Math.Clamp(limit, 1, settings.MaxNearbyLimit);
        var cells = Geohash.CellsCovering(center, radiusM, settings.CellPrecision);
        var answers = await Task.WhenAll(cells.Select(cell => AskRegion(new QueryNearby(cell, center, radiusM, service, limit, kind), cancellationToken)));
        return NearbyRanking.Rank(answers.SelectMany(a => a), limit);
    }

    private async Task<IReadOnlyList<NearbyDriver>> AskRegion(QueryNearby query, CancellationToken cancellationToken)
    {
        try
        {
            return await router.Ask(query, settings.NearbyTimeout, cancellationToken) is NearbyResult r ? r.Drivers : [];
        }
        catch (Exception e) when (e is TimeoutException or Akka.Actor.AskTimeoutException && !cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }
}
