using Upjunoo.Domain.Conversations;
using Upjunoo.Domain.Orders;

namespace Upjunoo.Application.Conversations;

/// <summary>
/// An order's conversation (R9): the customer, the store (shown by its name) and the assigned courier; it ends when
/// the order is delivered, cancelled, rejected or finds no courier.
/// </summary>
public sealed class OrderConversationTopics(OrderGateway orders) : IConversationTopicSource
{
    public ConversationKind Kind => ConversationKind.Order;

    public async Task<ConversationTopic?> Find(string subjectId, CancellationToken cancellationToken)
    {
        var order = await orders.Get(subjectId, cancellationToken);
        if (!order.Exists)
        {
            return null;
        }

        var parties = new List<ConversationParty>
        {
            new(order.CustomerId!, "customer", order.CustomerFirstName ?? ""),
            new(order.StoreOwnerId!, "store", order.StoreName ?? ""),
        };
        if (order.Courier is { } courier)
        {
            parties.Add(new ConversationParty(courier.CourierId, "courier", courier.FirstName));
        }

        var ended = order.Status is OrderStatus.Delivered or OrderStatus.Cancelled or OrderStatus.RejectedByStore or OrderStatus.NoCourierFound;
        return new ConversationTopic(ConversationKind.Order, subjectId, parties, ended ? order.Timeline[^1].At : null);
    }
}
