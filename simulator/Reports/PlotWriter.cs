using ScottPlot;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Reports;

/// <summary>Latency p50/p99 (left axis) and throughput (right axis) per second of the run, as a PNG.</summary>
public static class PlotWriter
{
    public static void Write(string path, RunStats stats, string title)
    {
        var timeline = stats.Timeline();
        if (timeline.Count == 0)
        {
            return;
        }

        double[] xs = [.. timeline.Select(t => (double)t.Second)];
        var plot = new Plot();
        var p50 = plot.Add.Scatter(xs, [.. timeline.Select(t => t.Stats.Latency.Percentile(0.5))]);
        p50.LegendText = "p50 latency (ms)";
        p50.MarkerSize = 0;
        var p99 = plot.Add.Scatter(xs, [.. timeline.Select(t => t.Stats.Latency.Percentile(0.99))]);
        p99.LegendText = "p99 latency (ms)";
        p99.MarkerSize = 0;
        var rps = plot.Add.Scatter(xs, [.. timeline.Select(t => (double)t.Stats.Requests)]);
        rps.LegendText = "requests/s";
        rps.MarkerSize = 0;
        rps.Axes.YAxis = plot.Axes.Right;
        if (timeline.Any(t => t.Stats.Throttled > 0))
        {
            var throttled = plot.Add.Scatter(xs, [.. timeline.Select(t => (double)t.Stats.Throttled)]);
            throttled.LegendText = "429/s";
            throttled.MarkerSize = 0;
            throttled.Axes.YAxis = plot.Axes.Right;
        }

        plot.Title(title);
        plot.XLabel("seconds since start");
        plot.Axes.Left.Label.Text = "latency (ms)";
        plot.Axes.Right.Label.Text = "requests per second";
        plot.ShowLegend(Alignment.UpperLeft);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        plot.SavePng(path, 1400, 700);
    }
}
