using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Application.Notifications;
using Upjunoo.Host.Tests.Support;
using Upjunoo.Infrastructure.Notifications;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R11: a message is persisted before it is delivered; one the provider refused is delivered by the next host on the same data.</summary>
public sealed class OutboxRestartSpec : IDisposable
{
    private readonly string _data = UpjunooFactory.NewDataDirectory();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }

    private sealed class FailingDelivery : INotificationDelivery
    {
        public Task Send(OutgoingMessage message, CancellationToken cancellationToken) => throw new HttpRequestException("SMS gateway unreachable");
    }

    [Fact]
    public async Task A_message_the_provider_refused_is_delivered_after_a_restart()
    {
        var phone = ApiClient.NewIvorianPhone();
        using (var before = new UpjunooFactory(_data) { Overrides = s => s.AddSingleton<INotificationDelivery, FailingDelivery>() })
        {
            var client = before.CreateClient();
            var asked = await client.PostAsJsonAsync("/api/v1/auth/otp", new { phone });
            Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
            Assert.Empty((await client.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}"))!);
        }

        using var after = new UpjunooFactory(_data);
        var restarted = after.CreateClient();
        var delivered = await Partners.Eventually(
            async () => await restarted.GetFromJsonAsync<JsonArray>($"/api/v1/dev/outbox?to={Uri.EscapeDataString(phone)}"),
            messages => messages!.Count > 0);

        Assert.Contains("Upjunoo", delivered!.Single()!["body"]!.GetValue<string>(), StringComparison.Ordinal);
        var code = await restarted.LatestCode(phone);
        var verified = await restarted.Verify(phone, code);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
    }
}
