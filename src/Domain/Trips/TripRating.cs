using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Trips;

/// <summary>Stars one side gave the other, with an optional comment.</summary>
public sealed record TripRating(
    int Stars,
    [property: Personal(DataCategory.OrderComments)] string? Comment,
    DateTimeOffset At);
