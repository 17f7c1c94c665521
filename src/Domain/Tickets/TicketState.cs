using Upjunoo.Domain.Common;
using Upjunoo.Domain.Privacy;

namespace Upjunoo.Domain.Tickets;

[PersistedAs("support-ticket.state.v1")]
public sealed record TicketState(
    string? TicketId,
    [property: DataSubject] string? CustomerId,
    [property: Personal(DataCategory.Identity)] string? CustomerFirstName,
    TicketKind Kind,
    [property: Personal(DataCategory.SupportConversations)] string? Subject,
    string? TripId,
    string? OrderId,
    TicketStatus Status,
    string? AgentId,
    IReadOnlyList<TicketMessage> Messages,
    [property: Personal(DataCategory.SupportConversations)] string? Resolution,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? ResolvedAt,
    DateTimeOffset? PurgedAt) : IPersisted
{
    public static TicketState Empty { get; } =
        new(null, null, null, TicketKind.Question, null, null, null, TicketStatus.Open, null, [], null, null, null, null);

    public bool Exists => TicketId is not null && PurgedAt is null;
}
