using Upjunoo.Application.Drivers;
using Upjunoo.Domain.Drivers;
using Upjunoo.Infrastructure.Entities;

namespace Upjunoo.Infrastructure.Drivers;

/// <summary>
/// The availability of one driver or courier (R33: the single owner of "is this driver free"). After each change it
/// refreshes the node's availability view and takes a partner who is no longer free out of the nearby index.
/// </summary>
public sealed class DriverActor(string driverId, IDriverAvailability availability, ILocationIngest ingest, Metrics.UpjunooMetrics? metrics = null)
    : DeciderActor<Driver, DriverState, DriverCommand, DriverEvent>("driver", driverId, 100, null, metrics)
{
    protected override void AfterPersist(IReadOnlyList<DriverEvent> events)
    {
        availability.Update(EntityId, State.Status);
        if (!State.IsFree)
        {
            ingest.Remove(EntityId);
        }
    }

    protected override void AfterRecovery() => availability.Update(EntityId, State.Status);
}
