using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Countries;
using Upjunoo.Domain.Fares;

namespace Upjunoo.Application.Trips;

/// <summary>The fare of a ride before booking, in the currency of the rider's country (R4, R7).</summary>
public sealed record EstimateFare(Caller Caller, PlaceInput? Pickup, PlaceInput? Dropoff, string? Service) : IRequest<Outcome<FareEstimateView>>;

public sealed record FareEstimateView(Money Fare, int DistanceM, int DurationSeconds);

public sealed class EstimateFareHandler(AccountGateway accounts) : IRequestHandler<EstimateFare, Outcome<FareEstimateView>>
{
    public async ValueTask<Outcome<FareEstimateView>> Handle(EstimateFare request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var pickup = TripInputs.Place(request.Pickup, "pickup", errors);
        var dropoff = TripInputs.Place(request.Dropoff, "dropoff", errors);
        var service = TripInputs.Service(request.Service, errors);
        if (TripInputs.Errors(errors) is { } invalid)
        {
            return invalid;
        }

        var country = (await accounts.Get(request.Caller.AccountId, cancellationToken)).Country;
        return Estimate(country, pickup!, dropoff!, service!.Value);
    }

    public static FareEstimateView Estimate(CountryCode country, Domain.Trips.Place pickup, Domain.Trips.Place dropoff, ServiceType service)
    {
        var route = RouteEstimate.Between(pickup.Position, dropoff.Position, country);
        return new FareEstimateView(
            FareCalculator.Estimate(country, service, route.DistanceM, route.DurationSeconds), route.DistanceM, route.DurationSeconds);
    }
}
