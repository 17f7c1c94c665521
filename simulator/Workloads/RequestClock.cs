using System.Diagnostics;
using System.Threading.Channels;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Workloads;

/// <summary>
/// Hands out ride (or order) turns at a steady rate (an open model: the rate does not slow down when the host does). A
/// turn with no idle rider or customer to take it is counted and dropped rather than queued.
/// </summary>
public static class RequestClock
{
    public static async Task Run(double perSecond, ChannelWriter<int> turns, RunStats stats, CancellationToken stop,
        string droppedCounter = "ride turns dropped (no idle rider)")
    {
        var clock = Stopwatch.StartNew();
        long issued = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * perSecond);
                for (; issued < due; issued++)
                {
                    if (!turns.TryWrite(1))
                    {
                        stats.Increment(droppedCounter);
                    }
                }

                await Task.Delay(10, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            turns.TryComplete();
        }
    }
}
