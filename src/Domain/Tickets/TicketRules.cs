namespace Upjunoo.Domain.Tickets;

public static class TicketRules
{
    public const int MaxSubjectLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxMessages = 500;

    /// <summary>Tickets a person must look at first: an SOS, and a contested automated decision (R17).</summary>
    public static bool IsPriority(TicketKind kind) => kind is TicketKind.Urgent or TicketKind.ContestDecision;

    public static bool IsValidText(string? text, int max) => !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= max;
}
