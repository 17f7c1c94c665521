using Mediator;
using Upjunoo.Application.Common;
using Upjunoo.Domain.Common;
using Upjunoo.Domain.Identity;

namespace Upjunoo.Application.Privacy.Aggregates;

/// <summary>
/// Anonymous aggregates for an authority's public-interest request (medical emergency, pandemic, R16): counts per
/// coarse cell and day only, and no count under <see cref="MinimumPerCell"/>, so that no one can be singled out.
/// </summary>
public sealed record GetTripAggregates(Caller Caller, DateTimeOffset? From, DateTimeOffset? To) : IRequest<Outcome<TripAggregatesView>>;

public sealed record TripAggregatesView(DateTimeOffset From, DateTimeOffset To, int MinimumPerCell, int CellPrecision, IReadOnlyList<TripCellCount> Cells);

public sealed class GetTripAggregatesHandler(ITripAggregates aggregates) : IRequestHandler<GetTripAggregates, Outcome<TripAggregatesView>>
{
    public const int MinimumPerCell = 10;
    private static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    public async ValueTask<Outcome<TripAggregatesView>> Handle(GetTripAggregates request, CancellationToken cancellationToken)
    {
        if (!request.Caller.Has(Role.Dpo) && !request.Caller.Has(Role.Operator))
        {
            return Rejection.Forbidden("privacy.authority-only", "Aggregates are answered to authorities through the DPO or an operator.");
        }

        if (request.From is not { } from || request.To is not { } to || to <= from || to - from > MaxRange)
        {
            return Rejection.Invalid("validation", "from and to are required, from < to, at most a year apart.", "from");
        }

        return new TripAggregatesView(from, to, MinimumPerCell, 5, await aggregates.Count(from, to, MinimumPerCell, cancellationToken));
    }
}
