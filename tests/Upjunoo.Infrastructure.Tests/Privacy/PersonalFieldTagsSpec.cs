using System.Reflection;
using System.Text.RegularExpressions;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Tests.Privacy;

/// <summary>
/// Walks every persisted type and the records nested in it (R12: every stored field is tagged). A property whose name
/// looks personal must carry [Personal] or [NotPersonal], or be a record whose own fields are tagged (a Place, a
/// DeviceInfo: then each field is encrypted on its own).
/// </summary>
public sealed partial class PersonalFieldTagsSpec
{
    private static readonly HashSet<string> PersonalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Name", "Phone", "Email", "Mail", "Plate", "Address", "Comment", "Reason", "Note", "Message", "Ip", "Device",
        "Position", "Pickup", "Dropoff", "Location", "Lat", "Lng", "Token", "Photo", "Birth", "Contact", "Iban", "Card",
        "Password", "Secret", "Code", "Answer", "Transcript", "Recording", "Ad", "Advertising", "Campaign", "Social",
    };

    [Fact]
    public void Every_personal_looking_field_of_a_persisted_type_is_tagged()
    {
        var untagged = Fields().Where(f => LooksPersonal(f.Property.Name) && !IsTagged(f.Property) && !HasTaggedFields(f.Property.PropertyType))
            .Select(f => f.Path)
            .ToList();

        Assert.True(untagged.Count == 0, "Tag these with [Personal(category)] or [NotPersonal(why)]: " + string.Join(", ", untagged));
    }

    [Fact]
    public void The_walk_sees_the_known_personal_fields()
    {
        var paths = Fields().Where(f => f.Property.GetCustomAttribute<PersonalAttribute>() is not null).Select(f => f.Path).ToList();

        Assert.Contains("Registered.Phone", paths);
        Assert.Contains("AccountState.Devices[].Device.DeviceId", paths);
        Assert.Contains("TripState.Driver.Vehicle.Plate", paths);
        Assert.Contains("TripState.Pickup.Position", paths);
    }

    [Fact]
    public void Subject_properties_name_a_real_path_and_a_record_has_at_most_one_data_subject()
    {
        foreach (var (property, path) in Fields())
        {
            if (property.GetCustomAttribute<PersonalAttribute>()?.SubjectProperty is { } subjectPath)
            {
                var getter = Upjunoo.Infrastructure.Privacy.SubjectResolver.PathGetter(property.DeclaringType!, subjectPath);
                Assert.NotNull(getter);
            }

            Assert.True(
                property.DeclaringType!.GetProperties().Count(p => p.GetCustomAttribute<DataSubjectAttribute>() is not null) <= 1,
                $"{path}: more than one [DataSubject] on {property.DeclaringType.Name}");
        }
    }

    private static IEnumerable<(PropertyInfo Property, string Path)> Fields()
    {
        var seen = new HashSet<(Type, string)>();
        foreach (var type in PersistedTypes.AllConcrete())
        {
            foreach (var field in Walk(type, type.Name, seen, depth: 0))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<(PropertyInfo, string)> Walk(Type type, string path, HashSet<(Type, string)> seen, int depth)
    {
        if (depth > 8 || !IsRecordLike(type))
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetMethod is { IsStatic: false } && p.SetMethod is not null))
        {
            var propertyPath = $"{path}.{property.Name}";
            if (!seen.Add((type, propertyPath)))
            {
                continue;
            }

            yield return (property, propertyPath);
            if (IsTagged(property))
            {
                continue; // a tagged composite is encrypted (or left) whole: its fields need no tags of their own
            }

            var (inner, suffix) = ElementOf(property.PropertyType);
            foreach (var nested in Walk(inner, propertyPath + suffix, seen, depth + 1))
            {
                yield return nested;
            }
        }
    }

    private static bool LooksPersonal(string name) => Words().Matches(name).Any(m => PersonalWords.Contains(m.Value.TrimEnd('s')) || PersonalWords.Contains(m.Value));

    private static bool IsTagged(PropertyInfo property) =>
        property.GetCustomAttribute<PersonalAttribute>() is not null || property.GetCustomAttribute<NotPersonalAttribute>() is not null;

    private static bool HasTaggedFields(Type type)
    {
        var (inner, _) = ElementOf(type);
        return IsRecordLike(inner) && inner.GetProperties().Any(p => IsTagged(p) || (p.PropertyType != inner && HasTaggedFields(p.PropertyType)));
    }

    private static (Type Inner, string Suffix) ElementOf(Type type)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return (underlying, string.Empty);
        }

        if (type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } enumerable)
        {
            return (enumerable.GetGenericArguments()[0], "[]");
        }

        return (type, string.Empty);
    }

    private static bool IsRecordLike(Type type) =>
        type.Namespace?.StartsWith("Upjunoo.", StringComparison.Ordinal) == true && !type.IsEnum && type != typeof(string);

    [GeneratedRegex("[A-Z][a-z]*|[a-z]+")]
    private static partial Regex Words();
}
