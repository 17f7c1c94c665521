using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Stores;

/// <summary>Stores in the caller's locality, nearest first; closed ones are listed with <c>open: false</c>.</summary>
public sealed record FindStores(Caller Caller, double? Lat, double? Lng, int? RadiusM) : IRequest<Outcome<StoresView>>;

public sealed class FindStoresHandler(IStoreDirectory directory, TimeProvider clock) : IRequestHandler<FindStores, Outcome<StoresView>>
{
    public const int DefaultRadiusM = 5_000;
    public const int MaxRadiusM = 50_000;
    private const int Limit = 100;

    public async ValueTask<Outcome<StoresView>> Handle(FindStores request, CancellationToken cancellationToken)
    {
        var center = new GeoPoint(request.Lat ?? double.NaN, request.Lng ?? double.NaN);
        var radius = request.RadiusM ?? DefaultRadiusM;
        if (!center.IsValid || radius is < 1 or > MaxRadiusM)
        {
            return new Rejection(RejectionKind.Invalid, "validation", "Some fields are not valid.", new Dictionary<string, string[]>
            {
                [center.IsValid ? "radiusM" : "lat"] = [center.IsValid ? $"The radius is 1 to {MaxRadiusM} m." : "lat and lng are degrees."],
            });
        }

        var now = clock.GetUtcNow();
        var found = await directory.Near(center, radius, Limit, cancellationToken);
        return new StoresView([.. found
            .Select(s => new StoreView(
                s.StoreId, s.Name, s.Address, s.Position, s.Hours.IsOpenAt(now, StoreZones.Of(s.Country)), s.DeliveryRadiusM,
                (int)Haversine.DistanceM(center, s.Position), StoreInputs.Spans(s.Hours)))
            .Where(s => s.DistanceM <= radius)
            .OrderBy(s => s.DistanceM)]);
    }
}
