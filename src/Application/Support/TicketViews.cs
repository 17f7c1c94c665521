using Upjunoo.Domain.Tickets;

namespace Upjunoo.Application.Support;

public static class TicketNames
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static bool TryParseKind(string? kind, out TicketKind parsed) =>
        Enum.TryParse(kind, ignoreCase: true, out parsed) && Enum.IsDefined(parsed) && !kind!.Any(char.IsDigit);
}

public sealed record TicketSummary(string TicketId, string Kind, string Status, bool Priority, bool AssignedToMe, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt)
{
    public static TicketSummary Of(TicketRow r, string callerId) =>
        new(r.TicketId, r.Kind, r.Status, r.Priority, r.AgentId == callerId, r.OpenedAt, r.UpdatedAt);
}

public sealed record TicketMessageView(string MessageId, string FromFirstName, bool FromSupport, bool Mine, string Text, DateTimeOffset At);

/// <summary>What an agent needs of the linked trip: its status and times, not the places or the history (R13).</summary>
public sealed record LinkedTripView(string TripId, string Status, DateTimeOffset RequestedAt, DateTimeOffset UpdatedAt);

/// <summary>A ticket as the customer or an agent sees it: the customer's first name only, never their phone or history.</summary>
public sealed record TicketView(
    string TicketId, string Kind, string Status, bool Priority, string Subject, string CustomerFirstName, LinkedTripView? Trip, string? OrderId,
    IReadOnlyList<TicketMessageView> Messages, string? Resolution, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt)
{
    public static TicketView Of(TicketState s, string callerId, LinkedTripView? trip) => new(
        s.TicketId!, TicketNames.Of(s.Kind), TicketNames.Of(s.Status), TicketRules.IsPriority(s.Kind), s.Subject ?? "", s.CustomerFirstName ?? "",
        trip, s.OrderId,
        [.. s.Messages.Select(m => new TicketMessageView(m.MessageId, m.AuthorFirstName, m.ByAgent, m.AuthorId == callerId, m.Text, m.At))],
        s.Resolution, s.OpenedAt!.Value, s.ResolvedAt);
}

public sealed record TicketCreated(string TicketId, string Status);
