using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Upjunoo.Host.Tests.Support;

namespace Upjunoo.Host.Tests.Delivery;

/// <summary>R9: customer, store and courier talk about an order, by first name or store name; nobody else can; it closes at delivery.</summary>
public sealed class OrderConversationSpec(OrderConversationSpec.Host host) : IClassFixture<OrderConversationSpec.Host>
{
    public sealed class Host : UpjunooFactory;

    [Fact]
    public async Task Customer_store_and_courier_chat_about_an_order_until_it_is_delivered()
    {
        var (lat, lng) = (5.3300, -4.0300);
        var owner = await Shops.Owner(host);
        var storeId = await Shops.OpenStore(owner, lat, lng);
        var courier = await Partners.OnlineDriver(host, lat + 0.002, lng + 0.001, "Ibrahim Ouattara", kind: "courier");
        var customer = await Partners.Customer(host, "Awa Koné");
        var stranger = await Partners.Customer(host, "Eve Intruse");
        await Partners.Eventually(async () => await customer.Client.GetStringAsync($"/api/v1/stores?lat={lat}&lng={lng}&radiusM=2000"), s => s.Contains(storeId, StringComparison.Ordinal));
        var orderId = (await (await Shops.Order(customer, storeId, lat + 0.01, lng + 0.01)).Json())["orderId"]!.GetValue<string>();
        await owner.Post($"/api/v1/orders/{orderId}/accept");
        await Partners.Eventually(async () => await courier.Client.GetFromJsonAsync<JsonArray>("/api/v1/drivers/me/offers"), o => o!.Count > 0);
        await courier.Post($"/api/v1/orders/{orderId}/courier-accept");
        var conversation = $"/api/v1/conversations/order-{orderId}/messages";

        await (await customer.Client.PostAsJsonAsync(conversation, new { text = "Le code du portail est 1234" })).Json();
        await (await courier.Client.PostAsJsonAsync(conversation, new { text = "J'arrive dans 5 minutes" })).Json();
        await (await owner.Client.PostAsJsonAsync(conversation, new { text = "Commande prête" })).Json();
        var strangerReads = await stranger.Client.GetAsync(conversation);
        var strangerWrites = await stranger.Client.PostAsJsonAsync(conversation, new { text = "hello" });
        var seenByCourier = await courier.Client.GetStringAsync(conversation);

        await owner.Post($"/api/v1/orders/{orderId}/ready");
        await courier.Post($"/api/v1/orders/{orderId}/pickup");
        (await Shops.Deliver(courier, orderId, Shops.TinyPng, "door.png", "image/png")).EnsureSuccessStatusCode();
        var afterDelivery = await customer.Client.PostAsJsonAsync(conversation, new { text = "Merci !" });

        Assert.Equal(HttpStatusCode.NotFound, strangerReads.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, strangerWrites.StatusCode);
        Assert.Contains("Le code du portail est 1234", seenByCourier, StringComparison.Ordinal);
        Assert.Contains("Awa", seenByCourier, StringComparison.Ordinal);
        Assert.DoesNotContain("Koné", seenByCourier, StringComparison.Ordinal);
        Assert.DoesNotContain(customer.Phone, seenByCourier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, afterDelivery.StatusCode);
    }
}
