using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Orders;

/// <summary>Who ended the order before delivery, and why: a cancellation, or the store's refusal.</summary>
public sealed record OrderCancellation(
    OrderParty By,
    [property: Personal(DataCategory.OrderComments)] string? Reason,
    DateTimeOffset At);
