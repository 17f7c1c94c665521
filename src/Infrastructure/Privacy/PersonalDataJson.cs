using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// The persistence JSON contract with personal data encrypted: System.Text.Json contract customization finds the
/// <see cref="PersonalAttribute"/> fields, so the domain records stay plain. Every object being written is tracked
/// (<see cref="SubjectContext"/>) so that a field can find its data subject in an enclosing record.
/// </summary>
public sealed class PersonalDataJson
{
    public PersonalDataJson(PersonalDataProtector? protector)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info => Customize(info, protector));
        Options = new JsonSerializerOptions(PersistenceJson.Options) { TypeInfoResolver = resolver };
        Options.MakeReadOnly();
    }

    public JsonSerializerOptions Options { get; }

    /// <summary>Writes <paramref name="value"/>; personal fields that name no subject use <paramref name="entitySubject"/>.</summary>
    public byte[] Serialize(object value, string? entitySubject)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var scope = SubjectContext.Begin(entitySubject);
        return JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), Options);
    }

    public object? Deserialize(byte[] bytes, Type type) => JsonSerializer.Deserialize(bytes, type, Options);

    private static void Customize(JsonTypeInfo info, PersonalDataProtector? protector)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        info.OnSerializing = SubjectContext.Enter;
        info.OnSerialized = _ => SubjectContext.Exit();
        foreach (var property in info.Properties)
        {
            if (property.AttributeProvider is MemberInfo member && member.GetCustomAttribute<PersonalAttribute>() is { } personal)
            {
                var subjects = new SubjectResolver(info.Type, member.Name, personal.SubjectProperty);
                property.CustomConverter = (JsonConverter)Activator.CreateInstance(
                    typeof(PersonalFieldConverter<>).MakeGenericType(property.PropertyType), personal.Category, subjects, protector)!;
            }
        }
    }
}
