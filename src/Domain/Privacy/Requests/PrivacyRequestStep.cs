namespace Upjunoo.Domain.Privacy.Requests;

/// <summary>One step of a request's history: the status it reached, who moved it there (an account id or "system"), when.</summary>
public sealed record PrivacyRequestStep(PrivacyRequestStatus Status, string By, DateTimeOffset At);
