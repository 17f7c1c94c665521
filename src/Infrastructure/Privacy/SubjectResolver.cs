using System.Collections.Concurrent;
using System.Reflection;
using Upjunoo.Domain.Privacy;
using Upjunoo.Infrastructure.Persistence;

namespace Upjunoo.Infrastructure.Privacy;

/// <summary>
/// Finds whose key encrypts one personal field, in order: the field's own <see cref="PersonalAttribute.SubjectProperty"/>
/// on the record declaring it; else the nearest <see cref="DataSubjectAttribute"/> property with a value on that record
/// or on a record enclosing it; else the subject of the entity persisting the value. No subject is an error: personal
/// data is never written in clear.
/// </summary>
internal sealed class SubjectResolver
{
    private static readonly ConcurrentDictionary<Type, Func<object, string?>?> DataSubjectGetters = new();
    private readonly Type _declaringType;
    private readonly string _field;
    private readonly Func<object, string?>? _subjectProperty;

    public SubjectResolver(Type declaringType, string propertyName, string? subjectProperty)
    {
        _declaringType = declaringType;
        _field = $"{declaringType.Name}.{propertyName}";
        _subjectProperty = subjectProperty is null ? null : PathGetter(declaringType, subjectProperty);
    }

    public string SubjectOfCurrentField()
    {
        if (!SubjectContext.Active)
        {
            throw new SerializationException($"Personal field {_field} is written outside a subject context: serialize through PersonalDataJson.");
        }

        var objects = SubjectContext.Objects;
        if (_subjectProperty is not null)
        {
            var declaring = objects.LastOrDefault(_declaringType.IsInstanceOfType)
                ?? throw new SerializationException($"Personal field {_field} is written without its record.");
            return _subjectProperty(declaring) ?? throw new SerializationException($"The subject property of personal field {_field} is empty.");
        }

        for (var i = objects.Count - 1; i >= 0; i--)
        {
            if (DataSubjectGetter(objects[i].GetType()) is { } getter && getter(objects[i]) is { Length: > 0 } subject)
            {
                return subject;
            }
        }

        return SubjectContext.EntitySubject ?? throw new SerializationException(
            $"Personal field {_field} has no data subject: give it [Personal(SubjectProperty = ...)], mark the record's subject "
            + "id [DataSubject], or persist it from an entity that names its subject.");
    }

    /// <summary>The getter of a type's <see cref="DataSubjectAttribute"/> property, or null when it has none.</summary>
    public static Func<object, string?>? DataSubjectGetter(Type type) =>
        DataSubjectGetters.GetOrAdd(type, static t =>
            t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttribute<DataSubjectAttribute>() is not null)
                .Select(p => PathGetter(t, p.Name))
                .SingleOrDefault());

    /// <summary>A getter for a dotted path of public properties (<c>By.AccountId</c>) whose end is a string.</summary>
    public static Func<object, string?> PathGetter(Type type, string path)
    {
        var chain = new List<PropertyInfo>();
        var current = type;
        foreach (var name in path.Split('.'))
        {
            var property = current.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{type.Name} has no property path '{path}' (at '{name}').");
            chain.Add(property);
            current = property.PropertyType;
        }

        if (current != typeof(string))
        {
            throw new InvalidOperationException($"The subject path '{path}' of {type.Name} must end on a string (an account id).");
        }

        return value =>
        {
            object? at = value;
            foreach (var property in chain)
            {
                at = at is null ? null : property.GetValue(at);
            }

            return (string?)at;
        };
    }
}
