namespace Upjunoo.Domain.Conversations;

/// <summary>Commands to one conversation. Who may send them (the parties of the trip or order) is checked before.</summary>
public abstract record ConversationCommand(DateTimeOffset Now)
{
    public sealed record Post(
        string ConversationId, string MessageId, string AuthorId, string AuthorRole, string AuthorFirstName, string Text, DateTimeOffset Now)
        : ConversationCommand(Now);

    public sealed record RecordCall(string ConversationId, CallRecord Call, DateTimeOffset Now) : ConversationCommand(Now);

    /// <summary>The trip or order ended at <paramref name="ClosedAt"/>: no more messages; retention starts.</summary>
    public sealed record Close(DateTimeOffset ClosedAt, DateTimeOffset Now) : ConversationCommand(Now);

    /// <summary>Retention is over: every message and call is deleted (R18).</summary>
    public sealed record Purge(DateTimeOffset Now) : ConversationCommand(Now);
}
