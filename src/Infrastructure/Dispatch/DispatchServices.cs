using Upjunoo.Application.Drivers;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Infrastructure.Dispatch;

/// <summary>What a job's actor (a trip, a delivery order) needs to find, reserve and tell drivers and couriers.</summary>
public sealed record DispatchServices(
    DriverGateway Drivers,
    INearbyDrivers Nearby,
    ILiveUpdates Live,
    IActiveJobs Jobs,
    DispatchPolicy Policy,
    TimeProvider Clock,
    Metrics.UpjunooMetrics? Metrics = null);
