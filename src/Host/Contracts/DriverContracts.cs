using Upjunoo.Application.Drivers;

namespace Upjunoo.Host.Contracts;

public sealed record AvailabilityBody(string? Status);

public sealed record LocationsBody(IReadOnlyList<PingInput>? Pings);

public sealed record LocationsAccepted(int Accepted, IReadOnlyList<PingRejectionView> Rejected);
