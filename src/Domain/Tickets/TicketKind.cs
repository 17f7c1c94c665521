namespace Upjunoo.Domain.Tickets;

/// <summary>What a ticket is (R10); <see cref="ContestDecision"/> is the R17 path to a person reviewing an automated decision.</summary>
public enum TicketKind
{
    Question,
    Complaint,
    Suggestion,
    LostItem,
    ContestDecision,
    Urgent,
}
