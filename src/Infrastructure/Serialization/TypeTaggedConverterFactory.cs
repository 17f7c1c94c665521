using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Upjunoo.Infrastructure.Serialization;

/// <summary>
/// For values declared as <c>object</c>, an abstract class or an interface (an envelope's message, a command of a
/// closed hierarchy, a list of events): writes <c>{"$t": type, "v": value}</c> so the concrete type comes back.
/// </summary>
public sealed class TypeTaggedConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        (typeToConvert == typeof(object) || typeToConvert.IsAbstract || typeToConvert.IsInterface)
        && !typeof(IEnumerable).IsAssignableFrom(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(TypeTaggedConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class TypeTaggedConverter<T> : JsonConverter<T>
    {
        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return default;
            }

            using var document = JsonDocument.ParseValue(ref reader);
            var name = document.RootElement.GetProperty("$t").GetString()!;
            var type = WireTypes.Resolve(name);
            return (T?)document.RootElement.GetProperty("v").Deserialize(type, options);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("$t", WireTypes.NameOf(value!.GetType()));
            writer.WritePropertyName("v");
            JsonSerializer.Serialize(writer, value, value.GetType(), options);
            writer.WriteEndObject();
        }
    }
}
