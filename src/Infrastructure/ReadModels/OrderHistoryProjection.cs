using System.Data.Common;
using Akka.Actor;
using Upjunoo.Domain.Orders;
using static Upjunoo.Domain.Orders.OrderEvent.V1;

namespace Upjunoo.Infrastructure.ReadModels;

/// <summary>
/// Follows the journal by tag "order" and keeps <c>order_history</c> up to date: ids, store name, status and total
/// only — no address, comment or name, so the read model holds nothing personal in clear.
/// </summary>
public sealed class OrderHistoryProjection(ReadModelDatabase database) : TagProjection(Name, "order", database, (connection, envelope) =>
    envelope.Event is OrderEvent e && envelope.PersistenceId.StartsWith("order-", StringComparison.Ordinal)
        ? Apply(connection, envelope.PersistenceId["order-".Length..], e)
        : Task.CompletedTask)
{
    public const string Name = "order-history";

    public static Props Props(ReadModelDatabase database) => Akka.Actor.Props.Create(() => new OrderHistoryProjection(database));

    private static Task Apply(DbConnection connection, string orderId, OrderEvent e) => e switch
    {
        Placed p => ReadModelDatabase.Execute(connection, """
            INSERT INTO order_history (order_id, customer_id, store_id, store_owner_id, store_name, courier_id, status, total_amount, total_currency, placed_at, updated_at)
            VALUES (@id, @customer, @store, @owner, @name, NULL, 'placed', @amount, @currency, @at, @at)
            ON CONFLICT (order_id) DO NOTHING
            """, CancellationToken.None,
            ("@id", orderId), ("@customer", p.CustomerId), ("@store", p.StoreId), ("@owner", p.StoreOwnerId), ("@name", p.StoreName),
            ("@amount", p.Total.Amount), ("@currency", p.Total.Currency), ("@at", p.At.ToUnixTimeMilliseconds())),
        AcceptedByStore a => Status(connection, orderId, OrderStatus.AcceptedByStore, a.At),
        RejectedByStore r => Status(connection, orderId, OrderStatus.RejectedByStore, r.At),
        MarkedReady m => Status(connection, orderId, OrderStatus.Ready, m.At),
        CourierAssigned c => ReadModelDatabase.Execute(connection,
            "UPDATE order_history SET courier_id = @courier, status = 'courierAssigned', updated_at = @at WHERE order_id = @id",
            CancellationToken.None, ("@id", orderId), ("@courier", c.CourierId), ("@at", c.At.ToUnixTimeMilliseconds())),
        PickedUp p => Status(connection, orderId, OrderStatus.PickedUp, p.At),
        Delivered d => Status(connection, orderId, OrderStatus.Delivered, d.At),
        Cancelled c => Status(connection, orderId, OrderStatus.Cancelled, c.At),
        NoCourierFound n => Status(connection, orderId, OrderStatus.NoCourierFound, n.At),
        _ => Task.CompletedTask,
    };

    private static Task<int> Status(DbConnection connection, string orderId, OrderStatus status, DateTimeOffset at) =>
        ReadModelDatabase.Execute(connection, "UPDATE order_history SET status = @status, updated_at = @at WHERE order_id = @id",
            CancellationToken.None, ("@id", orderId), ("@status", Application.Orders.OrderStatusNames.Of(status)), ("@at", at.ToUnixTimeMilliseconds()));
}
