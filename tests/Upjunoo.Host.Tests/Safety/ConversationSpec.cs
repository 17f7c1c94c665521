using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Safety;

/// <summary>R9, R13: the rider and the driver chat during the trip; nobody else reaches it; it closes with the trip.</summary>
public sealed class ConversationSpec(ConversationSpec.Host host) : IClassFixture<ConversationSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private HubConnection Hub(Person person)
    {
        var token = person.Client.DefaultRequestHeaders.Authorization!.Parameter;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(host.Server.BaseAddress, "/hubs/live"), o =>
            {
                o.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
    }

    [Fact]
    public async Task Rider_and_driver_chat_live_during_the_trip_strangers_get_404_and_posting_is_refused_once_it_ends()
    {
        var trip = await TripSetup.Accepted(host, 5.3500, -4.0000, "Awa Koné", "Koffi Yao");
        var stranger = await Partners.Customer(host, "Eve Intruse");
        var conversation = $"/api/v1/conversations/trip-{trip.TripId}/messages";
        var received = new List<JsonElement>();
        await using var driverHub = Hub(trip.Driver);
        driverHub.On<JsonElement>("messageReceived", m => { lock (received) { received.Add(m); } });
        await driverHub.StartAsync();

        var fromRider = await (await trip.Rider.Client.PostAsJsonAsync(conversation, new { text = "Je suis devant la pharmacie" })).Json();
        var fromDriver = await (await trip.Driver.Client.PostAsJsonAsync(conversation, new { text = "J'arrive dans 2 minutes" })).Json();
        var strangerRead = await stranger.Client.GetAsync(conversation);
        var strangerPost = await stranger.Client.PostAsJsonAsync(conversation, new { text = "hello" });
        await Partners.Eventually(() => Task.FromResult(received.Count), n => n > 0);
        await trip.Complete();
        var afterEnd = await trip.Rider.Client.PostAsJsonAsync(conversation, new { text = "Merci !" });
        var read = await (await trip.Rider.Client.GetAsync(conversation)).Json();

        Assert.Equal("Awa", fromRider["fromFirstName"]!.GetValue<string>());
        Assert.True(fromRider["mine"]!.GetValue<bool>());
        Assert.Equal("Koffi", fromDriver["fromFirstName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, strangerRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerPost.StatusCode);
        Assert.Equal("Je suis devant la pharmacie", received.Single().GetProperty("text").GetString());
        Assert.Equal("Awa", received.Single().GetProperty("fromFirstName").GetString());
        Assert.Equal(HttpStatusCode.Conflict, afterEnd.StatusCode);
        Assert.Equal("closed", read["status"]!.GetValue<string>());
        Assert.Equal(["Je suis devant la pharmacie", "J'arrive dans 2 minutes"], read["items"]!.AsArray().Select(m => m!["text"]!.GetValue<string>()));
        Assert.Equal(["Awa", "Koffi"], read["parties"]!.AsArray().Select(p => p!["firstName"]!.GetValue<string>()));
        Assert.DoesNotContain(trip.Rider.Phone, read.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Koné", read.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_recording_is_stored_encrypted_and_played_back_to_a_party()
    {
        var trip = await TripSetup.Accepted(host, 5.3600, -4.0100, "Awa Koné", "Koffi Yao");
        var recording = "RIFF-fake-audio-bytes"u8.ToArray();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O")), "startedAt" },
            { new StringContent("42"), "durationSeconds" },
        };
        var file = new ByteArrayContent(recording);
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/ogg");
        form.Add(file, "recording", "call.ogg");

        var call = await (await trip.Driver.Client.PostAsync($"/api/v1/conversations/trip-{trip.TripId}/calls", form)).Json();
        var callId = call["callId"]!.GetValue<string>();
        var listened = await trip.Rider.Client.GetByteArrayAsync($"/api/v1/conversations/trip-{trip.TripId}/calls/{callId}/recording");
        var onDisk = Directory.GetFiles(Path.Combine(host.DataDirectory, "blobs", "callrecordings"), "*", SearchOption.AllDirectories);

        Assert.Equal(recording, listened);
        Assert.Equal("Koffi", call["callerFirstName"]!.GetValue<string>());
        Assert.Equal("Awa", call["calleeFirstName"]!.GetValue<string>());
        Assert.NotEmpty(onDisk);
        Assert.All(onDisk, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(recording) < 0, "the recording is encrypted at rest"));
        var conversation = await trip.Rider.Client.GetFromJsonAsync<JsonObject>($"/api/v1/conversations/trip-{trip.TripId}/messages");
        Assert.Equal(42, conversation!["calls"]!.AsArray().Single()!["durationSeconds"]!.GetValue<int>());
    }
}
