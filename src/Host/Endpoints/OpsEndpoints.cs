using System.Reflection;
using Upjunoo.Host.Auth;
using Upjunoo.Infrastructure.Cluster;

namespace Upjunoo.Host.Endpoints;

/// <summary>Cluster membership, shard distribution and the live operations page (R28).</summary>
public static class OpsEndpoints
{
    private static readonly TimeSpan ShardStatsTimeout = TimeSpan.FromSeconds(3);

    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Upjunoo.Host.Ops.ops.html")
            ?? throw new InvalidOperationException("The ops page is not embedded in the host assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static IEndpointRouteBuilder MapOps(this IEndpointRouteBuilder app)
    {
        var ops = app.MapGroup("/ops").WithTags("Operations");
        var data = ops.MapGroup("").RequireAuthorization(AuthSetup.OperatorPolicy);

        data.MapGet("/cluster", (ClusterStatus status) => TypedResults.Ok(status.Snapshot()))
            .WithSummary("Cluster membership as this node sees it: members, leader, unreachable (operator)")
            .WithAuthProblems(StatusCodes.Status403Forbidden);

        data.MapGet("/shards", async (ShardDistribution shards, CancellationToken cancellationToken) =>
                TypedResults.Ok(new ShardsView(await shards.Collect(ShardStatsTimeout, cancellationToken))))
            .WithSummary("Shards and entities per node for every shard region (operator)")
            .WithAuthProblems(StatusCodes.Status403Forbidden);

        // The page holds no data: it signs the operator in and then reads the endpoints above with the token.
        ops.MapGet("", (HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy =
                    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'";
                context.Response.Headers.CacheControl = "no-store";
                return TypedResults.Content(Page.Value, "text/html; charset=utf-8");
            })
            .WithSummary("The live operations page (signs in, then polls /ops/cluster, /ops/shards and /metrics)")
            .ExcludeFromDescription();
        return app;
    }
}

public sealed record ShardsView(IReadOnlyList<ShardRegionView> Regions);
