using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// Writes one personal field as a protected string; a value that is not a string is written as JSON first and
/// encrypted whole. Reads it back, as its erased value when the subject's key is gone, and accepts values written in
/// clear before encryption existed.
/// </summary>
internal sealed class PersonalFieldConverter<T>(DataCategory category, SubjectResolver subjects, PersonalDataProtector? protector)
    : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && PersonalDataProtector.IsProtected(text))
        {
            return Protector().TryUnprotect(text, category, out var plaintext) ? FromPlaintext(plaintext) : ErasedValue<T>.Value;
        }

        return JsonSerializer.Deserialize<T>(ref reader, PersistenceJson.Options);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var subject = subjects.SubjectOfCurrentField();
        var protector = Protector();
        try
        {
            // Re-persisting data of an erased person (a snapshot of a state read after erasure) keeps it erased; checked
            // first because an erased value may not even be writable as JSON (GeoPoint.Erased is NaN).
            if (protector.Keys.IsErased(subject))
            {
                throw new SubjectErasedException(subject);
            }

            var plaintext = value as string ?? JsonSerializer.Serialize(value, PersistenceJson.Options);
            writer.WriteStringValue(protector.Protect(subject, category, plaintext));
        }
        catch (SubjectErasedException)
        {
            writer.WriteStringValue(PersonalDataProtector.ErasedMarker(subject));
        }
    }

    private static T? FromPlaintext(string plaintext) =>
        typeof(T) == typeof(string) ? (T)(object)plaintext : JsonSerializer.Deserialize<T>(plaintext, PersistenceJson.Options);

    private PersonalDataProtector Protector() => protector ?? throw new SerializationException(
        "This UpjunooSerializer has no PersonalDataProtector: register it with WithUpjunooPersistence(database, protector).");
}

/// <summary>The documented erased value of a type: see <see cref="Erased"/>.</summary>
internal static class ErasedValue<T>
{
    public static readonly T? Value = Find();

    private static T? Find()
    {
        if (typeof(T) == typeof(string))
        {
            return (T)(object)Erased.Text;
        }

        if (Nullable.GetUnderlyingType(typeof(T)) is not null)
        {
            return default;
        }

        var member = typeof(T).GetProperty("Erased", BindingFlags.Public | BindingFlags.Static);
        return member is not null && member.PropertyType == typeof(T) ? (T?)member.GetValue(null) : default;
    }
}
