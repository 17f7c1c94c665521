using Upjunoo.Domain.Drivers;

namespace Upjunoo.Application.Drivers;

/// <summary>A fast, possibly slightly stale view of each partner's availability (the DriverActor is the truth).</summary>
public interface IDriverAvailability
{
    DriverStatus? Known(string driverId);

    void Update(string driverId, DriverStatus status);
}
