using Akka.Actor;
using Akka.Configuration;
using Upjunoo.Infrastructure.Location;

namespace Upjunoo.Bench;

/// <summary>An actor system with the location pipeline, local regions and the nearby query, as the host would wire them.</summary>
internal sealed class InProcess : IAsyncDisposable
{
    private InProcess(ActorSystem system, LocationSettings settings)
    {
        System = system;
        Settings = settings;
        Counters = new LocationCounters();
        Router = new LocalRegionRouter(system, settings, Counters);
        Pipeline = LocationPipeline.Start(system, Router, settings, Counters);
        Nearby = new NearbyQuery(Router, settings);
    }

    public ActorSystem System { get; }

    public LocationSettings Settings { get; }

    public LocationCounters Counters { get; }

    public LocalRegionRouter Router { get; }

    public LocationPipeline Pipeline { get; }

    public NearbyQuery Nearby { get; }

    public static InProcess Start(LocationSettings? settings = null) =>
        new(ActorSystem.Create("bench", ConfigurationFactory.ParseString("akka.loglevel = WARNING\nakka.log-dead-letters = off")), settings ?? new LocationSettings());

    /// <summary>Waits until every accepted ping is accounted for (applied, superseded, or dropped for a reason).</summary>
    public async Task<bool> Drain(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (Counters.InFlight != 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(10);
        }

        return Counters.InFlight == 0;
    }

    public async ValueTask DisposeAsync()
    {
        Pipeline.Complete();
        await System.Terminate();
    }
}
