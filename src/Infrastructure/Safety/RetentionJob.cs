using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Upjunoo.Application.Retention;

namespace Upjunoo.Infrastructure.Safety;

/// <summary>
/// Runs the <see cref="RetentionSweep"/> on the application's <see cref="TimeProvider"/> (every
/// <c>Retention:SweepInterval</c>, default one hour), so tests drive it with a fake clock. Sweeping is idempotent: on a
/// cluster each node may sweep; purge commands repeated on an entity do nothing.
/// </summary>
public sealed class RetentionJob(RetentionSweep sweep, TimeProvider clock, RetentionSettings settings, ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(settings.SweepInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var purged = await sweep.Run(stoppingToken);
                    if (purged > 0)
                    {
                        logger.LogInformation("Retention purged {Count} conversations and tickets", purged);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // one failed sweep (an entity not answering) must not stop retention: the next tick retries.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    logger.LogWarning(e, "Retention sweep failed; next tick retries");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}

/// <summary>Bound from <c>Retention</c>.</summary>
public sealed class RetentionSettings
{
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
