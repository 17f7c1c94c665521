using System.Text.Json;
using Upjunoo.Domain.Stores;
using static Upjunoo.Domain.Tests.Stores.StoreFixture;

namespace Upjunoo.Domain.Tests.Stores;

public class StorePersistenceSpec
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Given_a_store_with_a_catalog_and_late_hours_When_round_tripped_through_System_Text_Json_Then_nothing_is_lost()
    {
        var state = WithCatalog with
        {
            Hours = new OpeningHours([new OpeningRange(DayOfWeek.Friday, new TimeOnly(18, 30), new TimeOnly(2, 0))]),
        };

        var json = JsonSerializer.Serialize(state, Json);
        var back = JsonSerializer.Deserialize<StoreState>(json, Json)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Json));
        Assert.Equal(state.Hours, back.Hours);
        Assert.Equal(state.Products, back.Products);
    }
}
