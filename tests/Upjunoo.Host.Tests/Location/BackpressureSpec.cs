using System.Net;
using System.Net.Http.Json;
using Akka.Actor;
using Akka.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Upjunoo.Host.Tests.Support;
using Upjunoo.Infrastructure.Location;

namespace Upjunoo.Host.Tests.Location;

/// <summary>
/// R31: when the location pipeline is full the endpoint answers 429 with Retry-After at once (never queues without
/// bound), and every ping it accepted still reaches the index once the regions catch up. The regions are held back
/// by a gate so the test does not depend on timing.
/// </summary>
public sealed class BackpressureSpec : IDisposable
{
    private readonly GatedHost _host = new();

    public void Dispose() => _host.Dispose();

    private sealed class GatedHost : UpjunooFactory
    {
        public GatedHost()
        {
            Settings["Location:ChannelCapacity"] = "1";
            Settings["Location:MaxConflated"] = "1";
            Settings["Location:DeliveryParallelism"] = "1";
            Settings["Location:RegionAskTimeout"] = "00:01:00";
        }

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IRegionRouter>(sp =>
                new GatedRouter(new ShardRegionRouter(sp.GetRequiredService<ActorRegistry>().Get<RegionActor>()), Gate.Task)));
        }
    }

    private sealed class GatedRouter(IRegionRouter inner, Task gate) : IRegionRouter
    {
        public void Tell(IRegionMessage message) => inner.Tell(message);

        public async Task<object> Ask(IRegionMessage message, TimeSpan timeout, CancellationToken cancellationToken)
        {
            if (message is UpdatePositions)
            {
                await gate.WaitAsync(cancellationToken);
            }

            return await inner.Ask(message, timeout, cancellationToken);
        }
    }

    [Fact]
    public async Task A_full_pipeline_answers_429_with_Retry_After_at_once_and_loses_no_accepted_ping()
    {
        var drivers = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Partners.Customer(_host, $"Driver{i} Gate").ContinueWith(async t =>
            {
                var person = t.Result;
                await (await person.Client.PostAsJsonAsync("/api/v1/me/driver-profile", new
                {
                    kind = "driver", vehicle = new { make = "Kia", model = "Rio", plate = "GT-" + i, color = "red" }, services = new[] { "standard" },
                })).Json();
                var refreshed = await (await person.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = person.RefreshToken })).Json();
                person.Client.WithToken(refreshed["accessToken"]!.GetValue<string>());
                await (await person.Client.PutAsJsonAsync("/api/v1/drivers/me/availability", new { status = "online" })).Json();
                return person;
            }).Unwrap()));

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < drivers.Length; i++)
        {
            answers.Add(await drivers[i].Client.PostAsJsonAsync("/api/v1/drivers/me/locations", new
            {
                pings = new[] { new { lat = 5.36 + i * 0.001, lng = -4.01, at = DateTimeOffset.UtcNow, accuracyM = 5 } },
            }));
        }

        var accepted = answers.Select((a, i) => (a, i)).Where(x => x.a.StatusCode == HttpStatusCode.Accepted).Select(x => drivers[x.i]).ToList();
        var refused = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.NotEmpty(accepted);
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is set"));
        Assert.Equal("https://upjunoo.app/problems/location.pipeline-full", (await refused[0].Problem())["type"]!.GetValue<string>());

        _host.Gate.SetResult();
        var rider = await Partners.Customer(_host);
        var nearby = await Partners.Eventually(
            async () => await rider.Client.GetStringAsync("/api/v1/drivers/nearby?lat=5.3625&lng=-4.01&radiusM=2000"),
            text => accepted.All(d => text.Contains(d.Id, StringComparison.Ordinal)));
        Assert.All(accepted, d => Assert.Contains(d.Id, nearby, StringComparison.Ordinal));
    }
}
