using Upjunoo.Application.Trips;

namespace Upjunoo.Host.Contracts;

public sealed record EstimateBody(PlaceInput? Pickup, PlaceInput? Dropoff, string? Service);

/// <summary><c>paymentMethod</c> is <c>"cash"</c> or <c>{kind, provider, token}</c>; see <see cref="PaymentInput"/>.</summary>
public sealed record RequestTripBody(PlaceInput? Pickup, PlaceInput? Dropoff, string? Service, PaymentInput? PaymentMethod, string? ChosenDriverId);

public sealed record CancelBody(string? Reason);

public sealed record CompleteBody(int? DistanceM, int? DurationSeconds);

public sealed record RatingBody(int? Stars, string? Comment);

public sealed record ChooseDriverBody(string? DriverId);
