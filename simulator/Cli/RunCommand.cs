using Spectre.Console.Cli;

namespace Upjunoo.Simulator.Cli;

public sealed class RunCommand : AsyncCommand<RunSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C ends the run early but still drains, audits and reports.
            e.Cancel = true;
            cancel.Cancel();
        };
        return await new Runner(settings.ToOptions()).Run(cancel.Token);
    }
}
