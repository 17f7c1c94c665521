using Upjunoo.Domain.Location;

namespace Upjunoo.Infrastructure.Location;

/// <summary>
/// The newest accepted ping of one request, on its way to the region of <see cref="Cell"/>.
/// <see cref="Pings"/> is how many accepted pings it stands for (the older ones are superseded by it).
/// <see cref="Epoch"/> is the driver's availability epoch when it was offered: a removal bumps it, so a ping
/// still in flight cannot bring a driver who went offline or busy back into the index.
/// </summary>
public sealed record PingEnvelope(
    string DriverId,
    DriverCard Card,
    LocationPing Ping,
    DateTimeOffset ReceivedAt,
    string Cell,
    int Pings,
    long Epoch);
