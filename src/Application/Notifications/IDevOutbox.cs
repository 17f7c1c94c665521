namespace Upjunoo.Application.Notifications;

/// <summary>Development only: the messages the system "sent", readable by tests and the simulator.</summary>
public interface IDevOutbox
{
    IReadOnlyList<SentMessage> To(string address);
}

public sealed record SentMessage(OutgoingMessage Message, DateTimeOffset SentAt);
