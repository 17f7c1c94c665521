using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Upjunoo.Bench;

/// <summary>Drivers signed in over HTTP against a Development host (codes read from the dev outbox), online, each with its own token.</summary>
internal static partial class HttpFleet
{
    public sealed record Driver(string Id, AuthenticationHeaderValue Auth, double Lat, double Lng);

    public static HttpClient Client(string target, int connections) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
    })
    {
        BaseAddress = new Uri(target),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public static async Task<Driver[]> OnlineDrivers(HttpClient http, int count, int concurrency, (double Lat, double Lng) center, double spreadDegrees)
    {
        var random = new Random(42);
        var positions = Enumerable.Range(0, count)
            .Select(_ => (center.Lat + (random.NextDouble() - 0.5) * spreadDegrees, center.Lng + (random.NextDouble() - 0.5) * spreadDegrees))
            .ToArray();
        var drivers = new Driver[count];
        var run = Random.Shared.Next(10_000_000, 99_999_999);
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var phone = $"+22507{(run + i * 7919L) % 100_000_000:D8}";
            var token = await SignIn(http, phone, ct);
            await Send(http, HttpMethod.Post, "/api/v1/me/driver-profile", token, new
            {
                kind = "driver", vehicle = new { make = "Toyota", model = "Yaris", plate = $"BN-{i}", color = "white" }, services = new[] { "standard" },
            }, ct);
            token = await SignIn(http, phone, ct);
            await Send(http, HttpMethod.Put, "/api/v1/drivers/me/availability", token, new { status = "online" }, ct);
            var id = JwtSubject(token.Parameter!);
            drivers[i] = new Driver(id, token, positions[i].Item1, positions[i].Item2);
        });
        return drivers;
    }

    private static async Task<AuthenticationHeaderValue> SignIn(HttpClient http, string phone, CancellationToken ct)
    {
        (await http.PostAsJsonAsync("/api/v1/auth/otp", new { phone }, ct)).EnsureSuccessStatusCode();
        var outbox = await http.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}", ct);
        var code = Code().Match(outbox![0]!["body"]!.GetValue<string>()).Groups[1].Value;
        var answer = await http.PostAsJsonAsync("/api/v1/auth/verify", new { phone, code, name = "Bench Driver", device = new { id = "bench" } }, ct);
        answer.EnsureSuccessStatusCode();
        var tokens = await answer.Content.ReadFromJsonAsync<JsonObject>(ct);
        return new AuthenticationHeaderValue("Bearer", tokens!["accessToken"]!.GetValue<string>());
    }

    public static async Task Send(HttpClient http, HttpMethod method, string path, AuthenticationHeaderValue auth, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = auth;
        (await http.SendAsync(request, ct)).EnsureSuccessStatusCode();
    }

    private static string JwtSubject(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=');
        return JsonNode.Parse(Convert.FromBase64String(payload))!["sub"]!.GetValue<string>();
    }

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex Code();
}
