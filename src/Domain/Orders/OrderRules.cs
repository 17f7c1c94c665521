namespace Upjunoo.Domain.Orders;

public static class OrderRules
{
    public const int MinLines = 1;
    public const int MaxLines = 50;
    public const int MinQuantity = 1;
    public const int MaxQuantity = 99;
    public const int MaxCommentLength = 500;
    public const int MaxReasonLength = 500;
    public const int MaxAddressLength = 300;

    /// <summary>A bound on a unit price (minor units) so that no total can overflow.</summary>
    public const long MaxUnitPrice = 1_000_000_000_000;

    public static bool IsOpen(OrderStatus status) =>
        status is not (OrderStatus.Delivered or OrderStatus.Cancelled or OrderStatus.RejectedByStore or OrderStatus.NoCourierFound);

    /// <summary>The store has accepted the order and it has not been picked up: dispatch may look for a courier.</summary>
    public static bool IsPreparing(OrderStatus status) =>
        status is OrderStatus.AcceptedByStore or OrderStatus.Ready or OrderStatus.CourierAssigned;

    /// <summary>How far along the order is on its happy path; -1 when it ended early.</summary>
    public static int Progress(OrderStatus status) => status switch
    {
        OrderStatus.Placed => 0,
        OrderStatus.AcceptedByStore => 1,
        OrderStatus.Ready or OrderStatus.CourierAssigned => 2,
        OrderStatus.PickedUp => 3,
        OrderStatus.Delivered => 4,
        _ => -1,
    };
}
