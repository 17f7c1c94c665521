using Microsoft.AspNetCore.Http.HttpResults;
using Upjunoo.Infrastructure.Cluster;

namespace Upjunoo.Host.Endpoints;

public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "alive" }))
            .WithTags("Operations").WithSummary("Liveness: the process answers");

        app.MapGet("/readyz", async Task<Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>>> (NodeReadiness readiness, CancellationToken cancellationToken) =>
            {
                var report = await readiness.Check(cancellationToken);
                return report.Ready ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithTags("Operations").WithSummary("Readiness: cluster member Up and journal reachable")
            .Produces<ReadinessReport>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
