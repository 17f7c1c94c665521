namespace Upjunoo.Infrastructure.Cluster;

/// <summary>Bound from <c>Cluster</c>: the Akka.Remote endpoint, seed nodes and roles of this node.</summary>
public sealed class ClusterSettings
{
    public string Hostname { get; set; } = "127.0.0.1";

    /// <summary>0 picks any free port (tests); a multi-node cluster needs fixed ports for its seeds.</summary>
    public int Port { get; set; } = 4053;

    /// <summary>Comma-separated <c>akka.tcp://upjunoo@host:port</c>; empty means "join myself".</summary>
    public string? SeedNodes { get; set; }

    /// <summary>Comma-separated roles; empty means this node hosts every shard region.</summary>
    public string? Roles { get; set; }

    /// <summary>How a partition is resolved and how fast a dead node is noticed (docs/operations.md).</summary>
    public DowningSettings Downing { get; set; } = new();

    public string[] SeedNodeList => Split(SeedNodes);

    public string[] RoleList => Split(Roles);

    private static string[] Split(string? value) =>
        (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
