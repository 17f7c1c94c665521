using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.SignalR.Client;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Delivery;

public sealed class OrderFlowSpec(OrderFlowSpec.Host host) : IClassFixture<OrderFlowSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    private string BlobsFolder => Path.Combine(host.DataDirectory, "blobs");

    private int StoredBlobs => Directory.Exists(BlobsFolder) ? Directory.GetFiles(BlobsFolder, "*", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public async Task An_order_goes_from_catalogue_to_delivered_with_a_photo_and_live_updates()
    {
        var (lat, lng) = (5.3400, -4.0200);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng);
        var courier = await Partners.OnlineDriver(host, lat + 0.002, lng + 0.001, "Ibrahim Ouattara", kind: "courier");
        var customer = await Partners.Customer(host, "Awa Koné");
        var updates = new Dictionary<string, List<JsonElement>> { ["customer"] = [], ["owner"] = [], ["courier"] = [] };
        await using var customerHub = Shops.Hub(host, customer);
        await using var ownerHub = Shops.Hub(host, owner);
        await using var courierHub = Shops.Hub(host, courier);
        foreach (var (who, hub) in new[] { ("customer", customerHub), ("owner", ownerHub), ("courier", courierHub) })
        {
            hub.On<JsonElement>("orderUpdated", u => { lock (updates) { updates[who].Add(u); } });
            await hub.StartAsync();
        }

        var stores = await Partners.Eventually(
            async () => await customer.Client.GetFromJsonAsync<JsonObject>($"/api/v1/stores?lat={lat}&lng={lng}&radiusM=3000"),
            s => s!["stores"]!.AsArray().Any(x => x!["storeId"]!.GetValue<string>() == storeId));
        var catalog = await customer.Client.GetFromJsonAsync<JsonObject>($"/api/v1/stores/{storeId}/catalog");
        var placed = await Shops.Order(customer, storeId, lat + 0.01, lng + 0.01);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var created = await placed.Json();
        var orderId = created["orderId"]!.GetValue<string>();

        var storeView = await (await owner.Client.GetAsync($"/api/v1/orders/{orderId}")).Json();
        await owner.Post($"/api/v1/orders/{orderId}/accept");
        var offers = await Partners.Eventually(
            async () => await courier.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        var assigned = await courier.Post($"/api/v1/orders/{orderId}/courier-accept");
        await owner.Post($"/api/v1/orders/{orderId}/ready");
        var pickedUp = await courier.Post($"/api/v1/orders/{orderId}/pickup");
        var delivery = await Shops.Deliver(courier, orderId, Shops.TinyPng, "door.png", "image/png");
        var delivered = await delivery.Json();
        var proof = await customer.Client.GetAsync($"/api/v1/orders/{orderId}/proof");
        var ownerProof = await owner.Client.GetAsync($"/api/v1/orders/{orderId}/proof");

        var listed = stores!["stores"]!.AsArray().First(x => x!["storeId"]!.GetValue<string>() == storeId)!;
        Assert.True(listed["open"]!.GetValue<bool>());
        Assert.Equal(2, catalog!["products"]!.AsArray().Count);
        Assert.Equal(1500 * 2 + 300 * 3 + 1000, created["total"]!["amount"]!.GetValue<long>());
        Assert.Equal("XOF", created["total"]!["currency"]!.GetValue<string>());
        Assert.Equal("Awa", storeView["customerFirstName"]!.GetValue<string>());
        Assert.Equal("Sonnez deux fois, merci", storeView["comment"]!.GetValue<string>());
        Assert.Null(storeView["dropoff"]);
        Assert.DoesNotContain("Koné", storeView.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Phone, storeView.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("order", offers![0]!["kind"]!.GetValue<string>());
        Assert.Equal(orderId, offers[0]!["id"]!.GetValue<string>());
        Assert.Equal("Sonnez deux fois, merci", offers[0]!["comment"]!.GetValue<string>());
        Assert.Equal("Awa", offers[0]!["customerFirstName"]!.GetValue<string>());
        Assert.Equal("courierAssigned", assigned["status"]!.GetValue<string>());
        Assert.Equal("Ibrahim", assigned["courier"]!["firstName"]!.GetValue<string>());
        Assert.Equal("Immeuble Alpha, 3e étage", pickedUp["dropoff"]!["address"]!.GetValue<string>());
        Assert.Equal("delivered", delivered["status"]!.GetValue<string>());
        Assert.True(delivered["hasProof"]!.GetValue<bool>());
        Assert.Equal(
            ["placed", "acceptedByStore", "courierAssigned", "ready", "pickedUp", "delivered"],
            delivered["timeline"]!.AsArray().Select(t => t!["status"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, proof.StatusCode);
        Assert.Equal("image/png", proof.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Shops.TinyPng, await proof.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, ownerProof.StatusCode);
        Assert.Equal(1, StoredBlobs);
        var onDisk = File.ReadAllBytes(Directory.GetFiles(BlobsFolder, "*", SearchOption.AllDirectories)[0]);
        Assert.True(onDisk.AsSpan().IndexOf(Shops.TinyPng.AsSpan(8, 16)) < 0, "the photo is stored encrypted");

        await Partners.Eventually(
            () => Task.FromResult(updates.Values.All(list => { lock (updates) { return list.Any(u => u.GetProperty("status").GetString() == "delivered"); } })), done => done);
        lock (updates)
        {
            Assert.All(updates.Values, list => Assert.Contains(list, u => u.GetProperty("status").GetString() == "delivered"));
            Assert.All(updates.Values.SelectMany(l => l), u => Assert.Equal(orderId, u.GetProperty("orderId").GetString()));
            Assert.All(updates["owner"], u => Assert.Equal(JsonValueKind.Null, u.GetProperty("dropoff").ValueKind));
            Assert.Contains(updates["courier"], u => u.GetProperty("dropoff").GetProperty("address").GetString() == "Immeuble Alpha, 3e étage");
        }

        var history = await Partners.Eventually(
            async () => await customer.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/orders"),
            h => h!["items"]!.AsArray().Any(i => i!["orderId"]!.GetValue<string>() == orderId && i["status"]!.GetValue<string>() == "delivered"));
        Assert.Contains(history!["items"]!.AsArray(), i => i!["orderId"]!.GetValue<string>() == orderId && i["status"]!.GetValue<string>() == "delivered");
        var courierHistory = await Partners.Eventually(
            async () => await courier.Client.GetFromJsonAsync<JsonObject>("/api/v1/me/orders"),
            h => h!["items"]!.AsArray().Any(i => i!["orderId"]!.GetValue<string>() == orderId));
        Assert.Equal("courier", courierHistory!["items"]!.AsArray().First(i => i!["orderId"]!.GetValue<string>() == orderId)!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_proof_uploads_are_refused_and_nothing_is_stored()
    {
        var (lat, lng) = (5.4400, -4.0200);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng);
        var courier = await Partners.OnlineDriver(host, lat + 0.002, lng, "Moussa Sanogo", kind: "courier");
        var customer = await Partners.Customer(host);
        var orderId = (await (await Shops.Order(customer, storeId, lat + 0.01, lng)).Json())["orderId"]!.GetValue<string>();
        await owner.Post($"/api/v1/orders/{orderId}/accept");
        await Partners.Eventually(async () => await courier.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        await courier.Post($"/api/v1/orders/{orderId}/courier-accept");
        await owner.Post($"/api/v1/orders/{orderId}/ready");
        await courier.Post($"/api/v1/orders/{orderId}/pickup");
        var blobsBefore = StoredBlobs;

        var text = await Shops.Deliver(courier, orderId, Encoding.UTF8.GetBytes("not a photo at all, just text"), "door.jpg", "image/jpeg");
        var huge = new byte[(5 * 1024 * 1024) + 1];
        Shops.TinyPng.CopyTo(huge, 0);
        var tooLarge = await Shops.Deliver(courier, orderId, huge, "door.png", "image/png");
        var empty = await Shops.Deliver(courier, orderId, [], "door.png", "image/png");
        var missing = await courier.Client.PostAsync($"/api/v1/orders/{orderId}/deliver", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        var state = await (await customer.Client.GetAsync($"/api/v1/orders/{orderId}")).Json();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal("order.proof-unsupported-type", (await text.Problem())["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(413, (await tooLarge.Problem())["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Equal("pickedUp", state["status"]!.GetValue<string>());
        Assert.Equal(blobsBefore, StoredBlobs);
    }

    [Fact]
    public async Task Strangers_other_stores_and_other_couriers_cannot_see_or_touch_an_order()
    {
        var (lat, lng) = (5.5400, -4.0200);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng);
        var otherOwner = await Shops.Owner(host, "Autre Boutique");
        await Shops.OpenStore(otherOwner, lat, lng + 0.001, name: "Autre boutique");
        var otherCourier = await Partners.OnlineDriver(host, -4.3, 15.3, "Jean Mukendi", kind: "courier");
        var customer = await Partners.Customer(host);
        var stranger = await Partners.Customer(host, "Eve Intruse");
        var orderId = (await (await Shops.Order(customer, storeId, lat + 0.01, lng)).Json())["orderId"]!.GetValue<string>();

        var strangerSees = await stranger.Client.GetAsync($"/api/v1/orders/{orderId}");
        var strangerCancels = await stranger.Client.PostAsJsonAsync($"/api/v1/orders/{orderId}/cancel", new { reason = "x" });
        var otherStoreSees = await otherOwner.Client.GetAsync($"/api/v1/orders/{orderId}");
        var otherStoreAccepts = await otherOwner.Client.PostAsync($"/api/v1/orders/{orderId}/accept", null);
        var otherStoreCatalog = await otherOwner.Client.PutAsJsonAsync($"/api/v1/stores/{storeId}/catalog", new { products = Array.Empty<object>() });
        var courierSees = await otherCourier.Client.GetAsync($"/api/v1/orders/{orderId}");
        var courierAccepts = await otherCourier.Client.PostAsync($"/api/v1/orders/{orderId}/courier-accept", null);
        var courierPicksUp = await otherCourier.Client.PostAsync($"/api/v1/orders/{orderId}/pickup", null);
        var courierDelivers = await Shops.Deliver(otherCourier, orderId, Shops.TinyPng, "door.png", "image/png");
        var courierProof = await otherCourier.Client.GetAsync($"/api/v1/orders/{orderId}/proof");
        var customerAcceptsForStore = await customer.Client.PostAsync($"/api/v1/orders/{orderId}/accept", null);

        Assert.All(
            [strangerSees, strangerCancels, otherStoreSees, otherStoreAccepts, courierSees, courierAccepts, courierPicksUp, courierDelivers, courierProof],
            r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, otherStoreCatalog.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, customerAcceptsForStore.StatusCode);
        Assert.Equal("placed", (await (await customer.Client.GetAsync($"/api/v1/orders/{orderId}")).Json())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_declined_order_offer_goes_to_the_next_courier_and_the_first_is_free_again()
    {
        var (lat, lng) = (5.7400, -4.0200);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng);
        var first = await Partners.OnlineDriver(host, lat + 0.001, lng, "Awa Courier", kind: "courier");
        var second = await Partners.OnlineDriver(host, lat + 0.004, lng, "Yao Courier", kind: "courier");
        var customer = await Partners.Customer(host);
        var orderId = (await (await Shops.Order(customer, storeId, lat + 0.01, lng)).Json())["orderId"]!.GetValue<string>();
        await owner.Post($"/api/v1/orders/{orderId}/accept");

        var offeredTo = await Partners.Eventually(
            async () => (await first.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"))!.Count > 0 ? first
                : (await second.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"))!.Count > 0 ? second : null,
            p => p is not null);
        var other = offeredTo == first ? second : first;
        await offeredTo!.Post($"/api/v1/orders/{orderId}/courier-decline");
        var next = await Partners.Eventually(
            async () => await other.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        var declinerOffers = await offeredTo!.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers");

        Assert.Equal(orderId, next![0]!["id"]!.GetValue<string>());
        Assert.Empty(declinerOffers!);
        Assert.Equal("acceptedByStore", (await (await customer.Client.GetAsync($"/api/v1/orders/{orderId}")).Json())["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_closed_store_is_listed_as_closed_and_refuses_orders()
    {
        var (lat, lng) = (5.6400, -4.0200);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng, openingHours: Array.Empty<object>(), name: "Fermé");
        var customer = await Partners.Customer(host);
        var customerWithoutRole = await customer.Client.PostAsJsonAsync("/api/v1/stores", new
        {
            name = "Pas de rôle", address = "x", position = new { lat, lng }, openingHours = Shops.AlwaysOpen, deliveryRadiusM = 5000,
        });

        var order = await Shops.Order(customer, storeId, lat + 0.01, lng);
        var stores = await Partners.Eventually(
            async () => await customer.Client.GetFromJsonAsync<JsonObject>($"/api/v1/stores?lat={lat}&lng={lng}&radiusM=2000"),
            s => s!["stores"]!.AsArray().Any(x => x!["storeId"]!.GetValue<string>() == storeId));
        var tooFar = await Shops.Order(customer, storeId, lat + 1, lng);

        Assert.Equal(HttpStatusCode.Forbidden, customerWithoutRole.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, order.StatusCode);
        Assert.Equal("order.store-closed", (await order.Problem())["code"]!.GetValue<string>());
        Assert.False(stores!["stores"]!.AsArray().First(x => x!["storeId"]!.GetValue<string>() == storeId)!["open"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.Conflict, tooFar.StatusCode);
    }
}
