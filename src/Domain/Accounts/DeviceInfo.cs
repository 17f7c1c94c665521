using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Accounts;

/// <summary>The device data kept for account security (R12 device data, R22).</summary>
public sealed record DeviceInfo(
    [property: Personal(DataCategory.Device)] string DeviceId,
    [property: Personal(DataCategory.Device)] string? Model,
    [property: Personal(DataCategory.Device)] string? Os,
    [property: Personal(DataCategory.Device)] string? AppVersion);
