using System.Collections.Concurrent;
using Upjunoo.Application.Notifications;

namespace Upjunoo.Infrastructure.Notifications;

/// <summary>Development adapter: keeps the last messages per address in memory instead of sending them.</summary>
public sealed class DevOutbox(TimeProvider clock) : INotificationDelivery, IDevOutbox
{
    private const int KeepPerAddress = 50;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<SentMessage>> _byAddress = new(StringComparer.OrdinalIgnoreCase);

    public Task Send(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var queue = _byAddress.GetOrAdd(message.To, _ => new ConcurrentQueue<SentMessage>());
        queue.Enqueue(new SentMessage(message, clock.GetUtcNow()));
        while (queue.Count > KeepPerAddress && queue.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }

    public IReadOnlyList<SentMessage> To(string address) =>
        _byAddress.TryGetValue(address, out var queue) ? [.. queue.Reverse()] : [];
}
