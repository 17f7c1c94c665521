using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;

namespace Upjunoo.Application.Trips;

/// <summary>The caller's trips, as rider or driver, newest first (R20 access).</summary>
public sealed record GetMyTrips(Caller Caller, int? Limit, string? Cursor) : IRequest<Outcome<Paged<TripHistoryItem>>>;

public sealed class GetMyTripsHandler(ITripHistory history) : IRequestHandler<GetMyTrips, Outcome<Paged<TripHistoryItem>>>
{
    public async ValueTask<Outcome<Paged<TripHistoryItem>>> Handle(GetMyTrips request, CancellationToken cancellationToken)
    {
        var limit = request.Limit ?? 20;
        if (limit is < 1 or > 100)
        {
            return Rejection.Invalid("validation", "The limit is 1 to 100.", "limit");
        }

        if (request.Cursor is { } cursor && !long.TryParse(cursor, out _))
        {
            return Rejection.Invalid("validation", "The cursor is not valid.", "cursor");
        }

        return await history.Of(request.Caller.AccountId, limit, request.Cursor, cancellationToken);
    }
}
