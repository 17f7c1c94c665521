using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Upjunoo.Simulator.Api;

/// <summary>One event pushed by the hub, stamped when it arrived.</summary>
public sealed record LiveEvent(string Name, JsonElement Payload, long ReceivedAt);

/// <summary>The person's connection to <c>/hubs/live</c> (WebSockets, token on the query string as browsers do).</summary>
public sealed class LiveConnection : IAsyncDisposable
{
    private readonly HubConnection _hub;
    private readonly Channel<LiveEvent> _events = Channel.CreateBounded<LiveEvent>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });

    public LiveConnection(Uri target, Session session, Action<LiveEvent>? onEvent = null)
    {
        _hub = new HubConnectionBuilder()
            .WithUrl(new Uri(target, "/hubs/live"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult<string?>(session.AccessToken);
            })
            .WithAutomaticReconnect()
            .Build();
        foreach (var name in new[] { "offer", "tripUpdated", "orderUpdated" })
        {
            _hub.On<JsonElement>(name, payload =>
            {
                var e = new LiveEvent(name, payload, Stopwatch.GetTimestamp());
                onEvent?.Invoke(e);
                _events.Writer.TryWrite(e);
            });
        }

        // Positions are pushed to riders many times a minute; the simulator does not need them.
        _hub.On<JsonElement>("driverPosition", _ => { });
    }

    public ChannelReader<LiveEvent> Events => _events.Reader;

    public bool Connected => _hub.State == HubConnectionState.Connected;

    public Task Start(CancellationToken ct) => _hub.StartAsync(ct);

    public async ValueTask DisposeAsync() => await _hub.DisposeAsync();
}
