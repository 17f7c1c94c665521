using System.Collections;
using System.Reflection;

namespace Upjunoo.Infrastructure.Tests.Support;

/// <summary>Builds an instance of any record with every property filled (non-default), to round-trip persisted types.</summary>
public static class SampleValues
{
    public static object Create(Type type, int depth = 0)
    {
        if (depth > 6)
        {
            throw new InvalidOperationException($"Type graph too deep at {type}");
        }

        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Create(underlying, depth);
        }

        if (type == typeof(string))
        {
            return "sample-" + depth;
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return Convert.ChangeType(7 + depth, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(double) || type == typeof(decimal) || type == typeof(float))
        {
            return Convert.ChangeType(1.5 + depth, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 11, 24, 10, 0, depth, TimeSpan.Zero);
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(2026, 11, 24, 10, 0, depth, DateTimeKind.Utc);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromSeconds(90 + depth);
        }

        if (type == typeof(Guid))
        {
            return Guid.Parse("01a21055-9c3f-7e08-abb3-aa215c57bd52");
        }

        if (type == typeof(byte[]))
        {
            return new byte[] { 1, 2, 3 };
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1)!;
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Create(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && IsList(type))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Create(element, depth + 1));
            return list;
        }

        if (type.IsGenericType && IsDictionary(type))
        {
            var args = type.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(args))!;
            dictionary.Add(Create(args[0], depth + 1), Create(args[1], depth + 1));
            return dictionary;
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"No public constructor on {type}");
        return constructor.Invoke([.. constructor.GetParameters().Select(p => Create(p.ParameterType, depth + 1))]);
    }

    private static bool IsList(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(ICollection<>);
    }

    private static bool IsDictionary(Type type)
    {
        var definition = type.GetGenericTypeDefinition();
        return definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>);
    }
}
