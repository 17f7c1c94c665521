using Upjunoo.Application.Drivers;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Dispatch;

namespace Upjunoo.Infrastructure.Trips;

/// <summary>What a <see cref="TripActor"/> needs to find, reserve and tell drivers.</summary>
public sealed record TripDispatchServices(
    DriverGateway Drivers,
    INearbyDrivers Nearby,
    ILiveUpdates Live,
    IActiveJobs Jobs,
    DispatchPolicy Policy,
    TimeProvider Clock,
    Metrics.UpjunooMetrics? Metrics = null);
