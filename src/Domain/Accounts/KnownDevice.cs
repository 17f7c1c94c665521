using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

public sealed record KnownDevice(
    DeviceInfo Device,
    [property: Personal(DataCategory.Device)] string? LastIp,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
