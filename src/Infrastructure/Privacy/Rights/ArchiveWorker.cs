using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Upjunoo.Application.Privacy.Requests;

namespace Upjunoo.Infrastructure.Privacy.Rights;

/// <summary>
/// Builds access / export archives one at a time, off the request path. On start it picks up the requests a previous
/// run left open, so a restart loses none.
/// </summary>
public sealed partial class ArchiveWorker(ArchiveRequestProcessor processor, IPrivacyRequestIndex index, ILogger<ArchiveWorker> logger)
    : BackgroundService, IArchiveJobs
{
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(string requestId) => _queue.Writer.TryWrite(requestId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Work(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // the host is stopping: not a failure
        }
    }

    private async Task Work(CancellationToken stoppingToken)
    {
        await Resume(stoppingToken);
        await foreach (var requestId in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await processor.Process(requestId, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, e, requestId);
            }
        }
    }

    private async Task Resume(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var status in new[] { "received", "inProgress" })
            {
                foreach (var open in (await index.ByStatus(status, 1000, stoppingToken)).Where(r => r.Type is "access" or "export"))
                {
                    Enqueue(open.RequestId);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e, "(resume)");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the archive of privacy request {RequestId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string requestId);
}
