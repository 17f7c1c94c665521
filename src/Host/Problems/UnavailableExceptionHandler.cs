using Akka.Actor;
using Microsoft.AspNetCore.Diagnostics;

namespace Upjunoo.Host.Problems;

/// <summary>
/// An actor that does not answer in time (a shard moving, a node joining) is a temporary outage, not a bug:
/// answer 503 with Retry-After so clients retry instead of reporting a failure.
/// </summary>
public sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not (AskTimeoutException or TimeoutException or TaskCanceledException) || httpContext.RequestAborted.IsCancellationRequested)
        {
            return false;
        }

        logger.LogWarning(exception, "Request {Path} timed out waiting for an actor", httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception });
    }
}
