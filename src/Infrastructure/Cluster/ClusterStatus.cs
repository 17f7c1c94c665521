using Akka.Actor;
using Akka.Cluster;

namespace Upjunoo.Infrastructure.Cluster;

/// <summary>
/// Membership as this node sees it, for <c>/ops/cluster</c>, the ops page and failover tests (which poll it until a
/// member is gone and the leader has moved). Statuses are Akka's names: Joining, WeaklyUp, Up, Leaving, Exiting,
/// Down, Removed.
/// </summary>
public sealed class ClusterStatus(ActorSystem system)
{
    public ClusterView Snapshot()
    {
        var cluster = Akka.Cluster.Cluster.Get(system);
        var state = cluster.State;
        var unreachable = state.Unreachable;
        var members = state.Members.ToList();
        members.Sort(ByAge);
        var ranked = members.Where(HasBeenUp).ToList();
        var oldest = ranked.FirstOrDefault(m => m.Status is MemberStatus.Up or MemberStatus.Leaving or MemberStatus.Exiting);
        int UpNumberOf(Member m) => HasBeenUp(m) ? ranked.IndexOf(m) + 1 : 0;

        return new ClusterView(
            Self: cluster.SelfAddress.ToString(),
            SelfStatus: cluster.SelfMember.Status.ToString(),
            Leader: state.Leader?.ToString(),
            Oldest: oldest?.Address.ToString(),
            Members: members.Select(m => ViewOf(m, UpNumberOf(m), reachable: !unreachable.Contains(m))).ToList(),
            Unreachable: members.Where(unreachable.Contains).Select(m => ViewOf(m, UpNumberOf(m), reachable: false)).ToList());
    }

    /// <summary>Member counts by status, unreachable ones counted apart (the <c>upjunoo.cluster.members</c> gauge).</summary>
    public IReadOnlyDictionary<string, int> CountsByStatus()
    {
        var state = Akka.Cluster.Cluster.Get(system).State;
        var counts = state.Members.GroupBy(m => m.Status.ToString()).ToDictionary(g => g.Key, g => g.Count());
        counts["Unreachable"] = state.Unreachable.Count;
        return counts;
    }

    // Akka keeps a member's up-number internal; its public IsOlderThan gives the same order.
    private static int ByAge(Member a, Member b) =>
        a.IsOlderThan(b) ? -1 : b.IsOlderThan(a) ? 1 : string.CompareOrdinal(a.Address.ToString(), b.Address.ToString());

    private static bool HasBeenUp(Member m) => m.Status is not (MemberStatus.Joining or MemberStatus.WeaklyUp);

    private static MemberView ViewOf(Member member, int upNumber, bool reachable) =>
        new(member.Address.ToString(), member.Roles.Order(StringComparer.Ordinal).ToList(), member.Status.ToString(), upNumber, reachable);
}

public sealed record ClusterView(
    string Self, string SelfStatus, string? Leader, string? Oldest, IReadOnlyList<MemberView> Members, IReadOnlyList<MemberView> Unreachable);

/// <summary>
/// A cluster member. <c>UpNumber</c> is its rank by age among the members that have been Up (1 = oldest, the one
/// keep-oldest keeps); 0 while it is still Joining or WeaklyUp.
/// </summary>
public sealed record MemberView(string Address, IReadOnlyList<string> Roles, string Status, int UpNumber, bool Reachable);
