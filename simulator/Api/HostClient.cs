using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Upjunoo.Simulator.Metrics;

namespace Upjunoo.Simulator.Api;

/// <summary>
/// The only way the simulator talks to the host: one pooled HTTP client, every call timed and classified under an
/// endpoint name (a route template, so latencies group by endpoint, not by id).
/// </summary>
public sealed class HostClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RunStats _stats;

    public HostClient(Uri target, int connections, RunStats stats)
    {
        _stats = stats;
        Target = target;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            BaseAddress = target,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public Uri Target { get; }

    public RunStats Stats => _stats;

    public async Task<ApiResult<T>> Send<T>(
        string endpoint, HttpMethod method, string path, object? body, string? token, CancellationToken ct,
        IReadOnlySet<int>? tolerated = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Wire.Json);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        configure?.Invoke(request);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                _stats.Record(endpoint, Outcome.Ok, ms, null);
                var value = typeof(T) == typeof(Unit) || response.Content.Headers.ContentLength == 0
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Wire.Json, ct);
                return new ApiResult<T>(status, value, null, null);
            }

            var problem = await ProblemType(response, ct);
            var retryAfter = RetryAfter(response);
            var outcome = status switch
            {
                429 or 503 when retryAfter is not null => Outcome.Throttled,
                >= 500 => Outcome.ServerError,
                _ when tolerated?.Contains(status) == true => Outcome.Tolerated,
                _ => Outcome.Error,
            };
            _stats.Record(endpoint, outcome, ms, $"{status} {endpoint}{(problem is null ? "" : $" ({problem})")}");
            return new ApiResult<T>(status, default, retryAfter, problem);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var kind = e is TaskCanceledException ? "timeout" : e is JsonException ? "bad-json" : "transport";
            _stats.Record(endpoint, Outcome.Error, ms, $"{kind} {endpoint}: {e.GetBaseException().Message.Split('\n')[0]}");
            return new ApiResult<T>(0, default, null, kind);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };

    private static async Task<string?> ProblemType(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return null;
        }

        try
        {
            using var doc = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(ct), cancellationToken: ct);
            return doc.RootElement.TryGetProperty("type", out var type) ? type.GetString()?.Split('/')[^1] : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>"No body to read".</summary>
public readonly record struct Unit;
