namespace Upjunoo.Domain.Orders;

/// <summary>When the order entered a status (API.md <c>timeline:[{status, at}]</c>).</summary>
public sealed record OrderTimelineEntry(OrderStatus Status, DateTimeOffset At);
