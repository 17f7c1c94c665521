using OpenTelemetry.Metrics;
using Upjunoo.Host.Auth;
using Upjunoo.Infrastructure.Metrics;

namespace Upjunoo.Host.Telemetry;

/// <summary>OpenTelemetry metrics: our Meter plus ASP.NET Core's own, exported in Prometheus text at <c>/metrics</c>.</summary>
public static class TelemetrySetup
{
    /// <summary>When true, <c>/metrics</c> needs an operator token; by default it is open (docs/operations.md).</summary>
    public const string RequireOperatorKey = "Metrics:RequireOperator";

    public static IServiceCollection AddUpjunooTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(UpjunooMetrics.MeterName)
            // Built into ASP.NET Core since .NET 8; their tags are route templates and status codes, nothing personal.
            .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            // No scrape cache: a scrape right after an event (tests, the ops page) must see it.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    /// <summary>Counts every 429, whoever answered it (rate limits, backpressure), by route template.</summary>
    public static IApplicationBuilder UseTooManyRequestsCounter(this IApplicationBuilder app)
    {
        var metrics = app.ApplicationServices.GetRequiredService<UpjunooMetrics>();
        return app.Use((context, next) =>
        {
            // Counted as the headers go out, so a client that got its 429 already sees it in the next scrape.
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests)
                {
                    metrics.TooManyRequests((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched");
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    public static IEndpointRouteBuilder MapUpjunooMetrics(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        var endpoint = app.MapPrometheusScrapingEndpoint("/metrics");
        if (configuration.GetValue<bool>(RequireOperatorKey))
        {
            endpoint.RequireAuthorization(AuthSetup.OperatorPolicy);
        }

        return app;
    }
}
