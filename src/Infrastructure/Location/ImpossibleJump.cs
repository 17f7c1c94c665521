using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>A fraud signal (R17): a ping that would need <paramref name="ImpliedSpeedMps"/> from the previous accepted one.</summary>
public sealed record ImpossibleJump(string DriverId, LocationPing Previous, LocationPing Ping, double ImpliedSpeedMps, DateTimeOffset DetectedAt);
