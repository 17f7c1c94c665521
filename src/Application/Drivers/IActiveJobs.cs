namespace Upjunoo.Application.Drivers;

/// <summary>Which job each partner is on, and whose it is, so their position reaches only that customer.</summary>
public interface IActiveJobs
{
    ActiveJob? Of(string driverId);

    void Start(string driverId, ActiveJob job);

    void End(string driverId, string jobId);
}

public sealed record ActiveJob(string JobKind, string JobId, string CustomerId);
