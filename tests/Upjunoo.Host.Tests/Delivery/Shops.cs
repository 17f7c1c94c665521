using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Delivery;

/// <summary>Helpers for delivery tests: store owners with a store and a catalogue, orders, uploads, hub connections.</summary>
public static class Shops
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static object AlwaysOpen { get; } = new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" }
        .Select(day => new { day, opens = "00:00", closes = "00:00" }).ToArray();

    /// <summary>An account with the store role (auto-approved in Development) and a fresh token carrying it.</summary>
    public static async Task<Person> Owner(UpjunooFactory host, string name = "Fatou Diallo")
    {
        var person = await Partners.Customer(host, name);
        await (await person.Client.PostAsync("/api/v1/me/store-profile", null)).Json();
        var refreshed = await (await person.Client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = person.RefreshToken })).Json();
        return person with
        {
            Client = person.Client.WithToken(refreshed["accessToken"]!.GetValue<string>()),
            RefreshToken = refreshed["refreshToken"]!.GetValue<string>(),
        };
    }

    /// <summary>Opens a store at the point with two products (rice-1 at 1 500 XOF, water-1 at 300 XOF) and answers its id.</summary>
    public static async Task<string> OpenStore(Person owner, double lat, double lng, object? openingHours = null, string name = "Chez Fatou")
    {
        var created = await (await owner.Client.PostAsJsonAsync("/api/v1/stores", new
        {
            name,
            address = "Rue du Commerce, Plateau",
            position = new { lat, lng },
            openingHours = openingHours ?? AlwaysOpen,
            deliveryRadiusM = 5000,
        })).Json();
        var storeId = created["storeId"]!.GetValue<string>();
        await (await owner.Client.PutAsJsonAsync($"/api/v1/stores/{storeId}/catalog", new
        {
            products = new object[]
            {
                new { productId = "rice-1", name = "Riz parfumé 5 kg", price = new { amount = 1500, currency = "XOF" }, available = true, category = "épicerie" },
                new { productId = "water-1", name = "Eau 1,5 L", price = new { amount = 300, currency = "XOF" }, available = true },
            },
        })).Json();
        return storeId;
    }

    public static Task<HttpResponseMessage> Order(Person customer, string storeId, double lat, double lng, string? comment = "Sonnez deux fois, merci") =>
        customer.Client.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId,
            items = new[] { new { productId = "rice-1", quantity = 2 }, new { productId = "water-1", quantity = 3 } },
            dropoff = new { lat, lng, address = "Immeuble Alpha, 3e étage" },
            comment,
            paymentMethod = new { kind = "cash" },
        });

    public static Task<HttpResponseMessage> Deliver(Person courier, string orderId, byte[] content, string fileName, string contentType)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        form.Add(file, "photo", fileName);
        return courier.Client.PostAsync($"/api/v1/orders/{orderId}/deliver", form);
    }

    public static HubConnection Hub(UpjunooFactory host, Person person)
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

    public static async Task<JsonNode> Post(this Person person, string path) => await (await person.Client.PostAsync(path, null)).Json();
}
