using System.Net;

namespace Upjunoo.Simulator.Api;

/// <summary>One answer: the status (0 when no answer came), the body when it was 2xx, and Retry-After for 429/503.</summary>
public sealed record ApiResult<T>(int Status, T? Value, TimeSpan? RetryAfter, string? ProblemType)
{
    public bool Ok => Status is >= 200 and < 300;

    public bool Is(HttpStatusCode code) => Status == (int)code;
}
