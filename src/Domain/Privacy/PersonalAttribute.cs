namespace Upjunoo.Domain.Privacy;

/// <summary>
/// Tags a field of a persisted type as personal data of the given category (R12). The serializer encrypts
/// such fields with the data subject's key, and a test fails when a personal-looking field has no tag.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class PersonalAttribute(DataCategory category) : Attribute
{
    public DataCategory Category { get; } = category;

    /// <summary>
    /// The property of the same record (a dotted path is allowed: <c>By.AccountId</c>) that holds the id of the person
    /// this field belongs to, when it is not the record's <see cref="DataSubjectAttribute"/> subject.
    /// </summary>
    public string? SubjectProperty { get; set; }
}
