using Microsoft.AspNetCore.SignalR;
using Upjunoo.Application.Realtime;
using Upjunoo.Domain.Geo;

namespace Upjunoo.Host.Realtime;

/// <summary>The <see cref="ILiveUpdates"/> port over the SignalR hub.</summary>
public sealed class SignalRLiveUpdates(IHubContext<LiveHub> hub) : ILiveUpdates
{
    public Task Offer(string driverId, OfferView offer) => hub.Clients.User(driverId).SendAsync("offer", offer);

    public Task TripUpdated(IReadOnlyList<string> accountIds, object tripView) => hub.Clients.Users(accountIds).SendAsync("tripUpdated", tripView);

    public Task OrderUpdated(IReadOnlyList<string> accountIds, object orderView) => hub.Clients.Users(accountIds).SendAsync("orderUpdated", orderView);

    public Task DriverPosition(string accountId, string jobId, GeoPoint position, double? heading, DateTimeOffset at) =>
        hub.Clients.User(accountId).SendAsync("driverPosition", new { jobId, position, heading, at });
}
