using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Upjunoo.Application.Privacy.Ledger;
using Upjunoo.Application.Privacy.Retention;

namespace Upjunoo.Infrastructure.Privacy.Retention;

/// <summary>
/// The scheduled destruction of R18: every <see cref="RetentionSettings.Interval"/> (on the injected clock, so tests can
/// advance it) runs each registered rule with the legal holds in force. A failing rule does not stop the others.
/// </summary>
public sealed partial class RetentionService(
    IRetentionRules rules, ILegalHolds holds, RetentionSettings settings, TimeProvider clock, ILogger<RetentionService> logger) : BackgroundService
{
    private long _passes;

    public long Passes => Interlocked.Read(ref _passes);

    public async Task RunOnce(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pass = new RetentionPass(now, await holds.HeldAt(now, cancellationToken));
        foreach (var rule in rules.All)
        {
            try
            {
                var destroyed = await rule.Purge(pass, cancellationToken);
                if (destroyed > 0)
                {
                    LogPurged(logger, rule.Name, destroyed);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, rule.Name);
            }
        }

        Interlocked.Increment(ref _passes);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnce(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, "(holds)");
            }

            try
            {
                await Task.Delay(settings.Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the host is stopping: not a failure
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention rule {Rule} destroyed {Count} records")]
    private static partial void LogPurged(ILogger logger, string rule, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention rule {Rule} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string rule);
}
