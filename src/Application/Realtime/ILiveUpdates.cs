using Upjunoo.Domain.Geo;

namespace Upjunoo.Application.Realtime;

/// <summary>The port to the realtime channel (<c>/hubs/live</c>): each message goes only to the accounts named.</summary>
public interface ILiveUpdates
{
    Task Offer(string driverId, OfferView offer);

    Task TripUpdated(IReadOnlyList<string> accountIds, object tripView);

    /// <summary>A delivery order changed; each party gets the view meant for them (R13).</summary>
    Task OrderUpdated(IReadOnlyList<string> accountIds, object orderView);

    Task DriverPosition(string accountId, string jobId, GeoPoint position, double? heading, DateTimeOffset at);
}
