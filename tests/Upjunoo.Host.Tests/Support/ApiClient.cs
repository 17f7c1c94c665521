using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Upjunoo.Host.Tests.Support;

/// <summary>Small helpers to drive the API as an app would.</summary>
public static partial class ApiClient
{
    private static int _phoneCounter = Random.Shared.Next(1_000_000);

    /// <summary>A fresh, valid Ivorian mobile number (+225 07 xx xx xx xx).</summary>
    public static string NewIvorianPhone() => "+22507" + (Interlocked.Increment(ref _phoneCounter) % 100_000_000).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<string> RequestCode(this HttpClient client, string phone)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return await client.LatestCode(phone);
    }

    public static async Task<string> LatestCode(this HttpClient client, string phone)
    {
        var outbox = await client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}");
        var body = outbox!.Select(m => m!["body"]!.GetValue<string>()).First(b => CodePattern().IsMatch(b));
        return CodePattern().Match(body).Groups[1].Value;
    }

    public static Task<HttpResponseMessage> Verify(this HttpClient client, string phone, string code, string? name = "Awa Koné", string deviceId = "device-1") =>
        client.PostAsJsonAsync("/api/v1/auth/verify", new { phone, code, name, device = new { id = deviceId, model = "Pixel 8", os = "Android 15", appVersion = "1.0.0" } });

    /// <summary>Signs a new or existing phone in and returns the token answer.</summary>
    public static async Task<JsonObject> SignIn(this HttpClient client, string phone, string? name = "Awa Koné", string deviceId = "device-1")
    {
        var code = await client.RequestCode(phone);
        var response = await client.Verify(phone, code, name, deviceId);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    public static HttpClient WithToken(this HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<JsonObject> Problem(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static async Task<JsonNode> Json(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!;
    }

    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);

    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex CodePattern();
}
