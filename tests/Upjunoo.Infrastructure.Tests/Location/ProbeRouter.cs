using Akka.Actor;
using Upjunoo.Infrastructure.Location;

namespace Upjunoo.Infrastructure.Tests.Location;

/// <summary>Every region is one test probe: the test sees each message and decides when the region answers.</summary>
internal sealed class ProbeRouter(IActorRef probe) : IRegionRouter
{
    public void Tell(IRegionMessage message) => probe.Tell(message);

    public Task<object> Ask(IRegionMessage message, TimeSpan timeout, CancellationToken cancellationToken) =>
        probe.Ask<object>(message, timeout, cancellationToken);
}
