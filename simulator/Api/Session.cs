namespace Upjunoo.Simulator.Api;

/// <summary>A signed-in person's tokens; refreshed a minute before the access token expires (a soak outlives it).</summary>
public sealed class Session(HostClient client, TokenPair tokens)
{
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private TokenPair _tokens = tokens;
    private DateTimeOffset _expiresAt = DateTimeOffset.UtcNow.AddSeconds(tokens.ExpiresIn);

    public string UserId => _tokens.User.Id;

    public string AccessToken => _tokens.AccessToken;

    public IReadOnlyList<string> Roles => _tokens.User.Roles;

    public async Task<bool> Refresh(CancellationToken ct)
    {
        await _refreshing.WaitAsync(ct);
        try
        {
            var result = await client.Send<TokenPair>("POST /auth/refresh", HttpMethod.Post, "/api/v1/auth/refresh", new { refreshToken = _tokens.RefreshToken }, null, ct);
            if (result is { Ok: true, Value: { } fresh })
            {
                _tokens = fresh;
                _expiresAt = DateTimeOffset.UtcNow.AddSeconds(fresh.ExpiresIn);
                return true;
            }

            return false;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public Task EnsureFresh(CancellationToken ct) =>
        DateTimeOffset.UtcNow > _expiresAt.AddMinutes(-1) ? Refresh(ct) : Task.CompletedTask;

    public Task<ApiResult<T>> Send<T>(string endpoint, HttpMethod method, string path, object? body, CancellationToken ct,
        IReadOnlySet<int>? tolerated = null, Action<HttpRequestMessage>? configure = null) =>
        client.Send<T>(endpoint, method, path, body, AccessToken, ct, tolerated, configure);
}
