using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Upjunoo.Cluster.Tests;

/// <summary>A person signed in through one node; their token works on every node (shared keys).</summary>
public sealed record ApiUser(string Id, string Phone, string AccessToken)
{
    public HttpRequestMessage Request(HttpMethod method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        return request;
    }
}

public static partial class NodeApi
{
    private static int _counter = Random.Shared.Next(1_000_000);

    public static string NewPhone() => "+22505" + (Interlocked.Increment(ref _counter) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Signs in through <paramref name="node"/> (whose dev outbox holds the code it sent).</summary>
    public static async Task<ApiUser> SignIn(NodeProcess node, string name, string? phone = null)
    {
        phone ??= NewPhone();
        (await node.Client.PostAsJsonAsync("/api/v1/auth/otp", new { phone })).EnsureSuccessStatusCode();
        var outbox = await node.Client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}");
        var code = Code().Match(outbox![0]!["body"]!.GetValue<string>()).Groups[1].Value;
        var response = await node.Client.PostAsJsonAsync("/api/v1/auth/verify", new { phone, code, name, device = new { id = "cluster-test" } });
        var tokens = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        response.EnsureSuccessStatusCode();
        return new ApiUser(tokens["user"]!["id"]!.GetValue<string>(), phone, tokens["accessToken"]!.GetValue<string>());
    }

    public static async Task<ApiUser> OnlineDriver(NodeProcess node, string name, double lat, double lng)
    {
        var user = await SignIn(node, name);
        (await node.Client.SendAsync(user.Request(HttpMethod.Post, "/api/v1/me/driver-profile", new
        {
            kind = "driver",
            vehicle = new { make = "Toyota", model = "Yaris", plate = "CL-" + user.Id[..5], color = "blue" },
            services = new[] { "standard" },
        }))).EnsureSuccessStatusCode();
        var driver = await SignIn(node, name, user.Phone);
        (await node.Client.SendAsync(driver.Request(HttpMethod.Put, "/api/v1/drivers/me/availability", new { status = "online" }))).EnsureSuccessStatusCode();
        (await node.Client.SendAsync(driver.Request(HttpMethod.Post, "/api/v1/drivers/me/locations", new
        {
            pings = new[] { new { lat, lng, at = DateTimeOffset.UtcNow, accuracyM = 10 } },
        }))).EnsureSuccessStatusCode();
        return driver;
    }

    /// <summary>Sends until it succeeds (the cluster may be failing over) or the deadline passes; returns the last answer.</summary>
    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> Until(
        Func<HttpRequestMessage> request, NodeProcess[] nodes, Func<JsonNode?, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        HttpResponseMessage? last = null;
        JsonNode? body = null;
        for (var attempt = 0; DateTime.UtcNow < deadline; attempt++)
        {
            try
            {
                last = await nodes[attempt % nodes.Length].Client.SendAsync(request());
                var text = await last.Content.ReadAsStringAsync();
                body = text.Length > 0 ? JsonNode.Parse(text) : null;
                if (last.IsSuccessStatusCode && done(body))
                {
                    return (last, body);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        return (last ?? new HttpResponseMessage(System.Net.HttpStatusCode.GatewayTimeout), body);
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex Code();
}
