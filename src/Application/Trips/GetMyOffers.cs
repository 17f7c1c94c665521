using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Drivers;

namespace Upjunoo.Application.Trips;

/// <summary>The caller's pending offer of a trip or an order, if any (the same as the hub's <c>offer</c>, for apps that poll).</summary>
public sealed record GetMyOffers(Caller Caller) : IRequest<Outcome<IReadOnlyList<OfferView>>>;

public sealed class GetMyOffersHandler(DriverGateway drivers, TripGateway trips, OrderGateway orders) : IRequestHandler<GetMyOffers, Outcome<IReadOnlyList<OfferView>>>
{
    public async ValueTask<Outcome<IReadOnlyList<OfferView>>> Handle(GetMyOffers request, CancellationToken cancellationToken)
    {
        var driver = await drivers.Get(request.Caller.AccountId, cancellationToken);
        if (driver is not { Status: DriverStatus.Offered, JobId: { } jobId })
        {
            return Outcome<IReadOnlyList<OfferView>>.Ok([]);
        }

        if (driver.JobKind == JobKind.Order)
        {
            var order = await orders.Get(jobId, cancellationToken);
            return order.PendingOffer?.CourierId == request.Caller.AccountId
                ? Outcome<IReadOnlyList<OfferView>>.Ok([Orders.OrderOffers.View(order)])
                : Outcome<IReadOnlyList<OfferView>>.Ok([]);
        }

        var trip = await trips.Get(jobId, cancellationToken);
        return trip.PendingOffer?.DriverId == request.Caller.AccountId
            ? Outcome<IReadOnlyList<OfferView>>.Ok([TripOffers.View(trip)])
            : Outcome<IReadOnlyList<OfferView>>.Ok([]);
    }
}
