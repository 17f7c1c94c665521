using System.Text.Json;
using System.Text.Json.Serialization;

namespace Upjunoo.Infrastructure.Persistence;

public static class PersistenceJson
{
    /// <summary>Enums as names (stable when members are reordered), camelCase properties.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
