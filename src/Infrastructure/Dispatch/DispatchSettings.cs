using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Infrastructure.Dispatch;

/// <summary>Bound from <c>Dispatch</c>: offer time-out, attempts and search radii.</summary>
public sealed class DispatchSettings
{
    public TimeSpan OfferTimeout { get; set; } = DispatchPolicy.Default.OfferTimeout;

    public int MaxAttempts { get; set; } = DispatchPolicy.Default.MaxAttempts;

    public string? RadiusStepsM { get; set; }

    public DispatchPolicy ToPolicy() => new()
    {
        OfferTimeout = OfferTimeout,
        MaxAttempts = MaxAttempts,
        RadiusStepsM = RadiusStepsM is { Length: > 0 } steps
            ? [.. steps.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)]
            : DispatchPolicy.Default.RadiusStepsM,
    };
}
