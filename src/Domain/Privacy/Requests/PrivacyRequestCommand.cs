namespace Upjunoo.Domain.Privacy.Requests;

public abstract record PrivacyRequestCommand(DateTimeOffset Now)
{
    public sealed record Submit(string RequestId, string RequesterId, PrivacyRequestType Type, string? Details, DateTimeOffset Now)
        : PrivacyRequestCommand(Now);

    public sealed record Start(string By, DateTimeOffset Now) : PrivacyRequestCommand(Now);

    /// <summary>Answered; <paramref name="ArchiveReady"/> when a copy of the person's data can be downloaded.</summary>
    public sealed record Complete(string By, string? Note, bool ArchiveReady, DateTimeOffset Now) : PrivacyRequestCommand(Now);

    public sealed record Reject(string By, string Reason, DateTimeOffset Now) : PrivacyRequestCommand(Now);
}
