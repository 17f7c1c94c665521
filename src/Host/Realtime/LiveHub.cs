using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Upjunoo.Host.Realtime;

/// <summary>
/// <c>/hubs/live</c>: the server pushes <c>offer</c> to drivers and <c>tripUpdated</c>, <c>driverPosition</c>,
/// <c>orderUpdated</c> to the people a trip or order concerns. Connections are authenticated; each message is sent
/// to named users only, so nobody receives another person's events.
/// </summary>
[Authorize]
public sealed class LiveHub : Hub;
