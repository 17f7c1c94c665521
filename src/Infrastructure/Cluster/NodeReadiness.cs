using Akka.Actor;
using Akka.Cluster;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Cluster;

/// <summary>Ready means: this node is an Up member of the cluster and the journal's database answers.</summary>
public sealed class NodeReadiness(ActorSystem system, DatabaseSetup database)
{
    public async Task<ReadinessReport> Check(CancellationToken cancellationToken)
    {
        var status = Akka.Cluster.Cluster.Get(system).SelfMember.Status;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(2));
        bool journal;
        try
        {
            journal = await database.IsReachable(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            journal = false;
        }

        return new ReadinessReport(status == MemberStatus.Up && journal, status.ToString(), journal);
    }
}

public sealed record ReadinessReport(bool Ready, string MemberStatus, bool JournalReachable);
