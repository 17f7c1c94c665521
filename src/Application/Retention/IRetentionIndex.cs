namespace Upjunoo.Application.Retention;

/// <summary>
/// The list of things with a retention period (R18) — conversations, support tickets — and when each one closed, so
/// that the purge job finds what is due without scanning the journal. Holds ids and times only.
/// </summary>
public interface IRetentionIndex
{
    Task Track(string kind, string id, DateTimeOffset openedAt, CancellationToken cancellationToken);

    Task MarkClosed(string kind, string id, DateTimeOffset closedAt, CancellationToken cancellationToken);

    Task MarkReopened(string kind, string id, CancellationToken cancellationToken);

    Task MarkPurged(string kind, string id, DateTimeOffset purgedAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<RetentionItem>> Pending(int limit, CancellationToken cancellationToken);
}

public sealed record RetentionItem(string Kind, string Id, DateTimeOffset? ClosedAt);

public static class RetentionKinds
{
    public const string Conversation = "conversation";
    public const string SupportTicket = "support-ticket";
}
