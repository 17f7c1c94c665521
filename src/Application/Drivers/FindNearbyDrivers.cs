using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Accounts;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Geo;
using Upjunoo.Domain.Location;

namespace Upjunoo.Application.Drivers;

/// <summary>The available drivers near a point, nearest first, with only what R13 lets a passenger see.</summary>
public sealed record FindNearbyDrivers(Caller Caller, double? Lat, double? Lng, double? RadiusM, string? Service, int? Limit)
    : IRequest<Outcome<NearbyDriversView>>;

public sealed record NearbyDriversView(IReadOnlyList<NearbyDriver> Drivers);

public sealed class FindNearbyDriversHandler(INearbyDrivers nearby) : IRequestHandler<FindNearbyDrivers, Outcome<NearbyDriversView>>
{
    public const double MaxRadiusM = 10_000;
    public const int MaxLimit = 50;

    public async ValueTask<Outcome<NearbyDriversView>> Handle(FindNearbyDrivers request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var center = new GeoPoint(request.Lat ?? double.NaN, request.Lng ?? double.NaN);
        if (!center.IsValid)
        {
            errors["lat"] = ["lat and lng are required WGS 84 degrees."];
        }

        var radius = request.RadiusM ?? 3_000;
        if (!double.IsFinite(radius) || radius is <= 0 or > MaxRadiusM)
        {
            errors["radiusM"] = [$"The radius is 1 to {MaxRadiusM} metres."];
        }

        var limit = request.Limit ?? 20;
        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"The limit is 1 to {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return new Rejection(RejectionKind.Invalid, "validation", "Some parameters are not valid.", errors);
        }

        var kind = string.Equals(request.Service, "delivery", StringComparison.OrdinalIgnoreCase) ? PartnerKind.Courier : PartnerKind.Driver;
        var service = kind == PartnerKind.Courier ? null : request.Service;
        return new NearbyDriversView(await nearby.Find(center, radius, service, kind, limit, cancellationToken));
    }
}
