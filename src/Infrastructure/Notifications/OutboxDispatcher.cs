using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Upjunoo.Infrastructure.Notifications;

/// <summary>
/// Delivers the outbox's due messages, polling every second of real time (so that a frozen test clock never stalls
/// the loop). Started with the host, so messages left by a process that died are sent after the restart.
/// </summary>
public sealed class OutboxDispatcher(NotificationOutbox outbox, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await outbox.DeliverDue(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // the database may be briefly unavailable: keep the loop alive and try again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                logger.LogWarning(e, "Outbox dispatch failed; retrying");
            }

            try
            {
                await Task.Delay(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
