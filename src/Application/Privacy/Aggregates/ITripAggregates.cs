namespace Upjunoo.Application.Privacy.Aggregates;

/// <summary>Trips per coarse pickup cell per day, for public-interest uses (R16); cells under the threshold are left out.</summary>
public interface ITripAggregates
{
    Task<IReadOnlyList<TripCellCount>> Count(DateTimeOffset from, DateTimeOffset to, int minimumPerCell, CancellationToken cancellationToken);
}

/// <summary>A geohash cell of precision 5 (about 5 km) and a UTC day.</summary>
public sealed record TripCellCount(string Cell, DateOnly Day, int Trips);
