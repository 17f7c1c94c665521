using System.Text.Json;
using Upjunoo.Domain.Orders;
using static Upjunoo.Domain.Tests.Orders.OrderFixture;

namespace Upjunoo.Domain.Tests.Orders;

public class OrderPersistenceSpec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Given_a_delivered_order_When_round_tripped_through_System_Text_Json_Then_nothing_is_lost()
    {
        var json = JsonSerializer.Serialize(Delivered0, Json);
        var back = JsonSerializer.Deserialize<OrderState>(json, Json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Json));
        Assert.Equal(OrderStatus.Delivered, back.Status);
        Assert.Equal(Delivered0.Total, back.Total);
    }

    [Fact]
    public void Given_every_order_event_of_a_delivered_order_When_round_tripped_as_its_concrete_type_Then_it_serializes_the_same()
    {
        foreach (var e in DeliveredEvents.Concat(CancelledEvents).Concat(RejectedEvents).Concat(NoCourierFoundEvents))
        {
            var json = JsonSerializer.Serialize(e, e.GetType(), Json);

            Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, e.GetType(), Json), e.GetType(), Json));
        }
    }
}
