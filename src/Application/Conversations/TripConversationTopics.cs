using Upjunoo.Domain.Conversations;
using Upjunoo.Domain.Trips;

namespace Upjunoo.Application.Conversations;

/// <summary>A trip's conversation: its rider and its assigned driver; it ends when the trip is completed, cancelled or finds no driver.</summary>
public sealed class TripConversationTopics(TripGateway trips) : IConversationTopicSource
{
    public ConversationKind Kind => ConversationKind.Trip;

    public async Task<ConversationTopic?> Find(string subjectId, CancellationToken cancellationToken)
    {
        var trip = await trips.Get(subjectId, cancellationToken);
        if (!trip.Exists)
        {
            return null;
        }

        var parties = new List<ConversationParty> { new(trip.RiderId!, "customer", trip.RiderFirstName ?? "") };
        if (trip.Driver is { } driver)
        {
            parties.Add(new ConversationParty(driver.DriverId, "driver", driver.FirstName));
        }

        var ended = trip.Status is TripStatus.Completed or TripStatus.Cancelled or TripStatus.NoDriverFound;
        return new ConversationTopic(ConversationKind.Trip, subjectId, parties, ended ? trip.Timeline[^1].At : null);
    }
}
