namespace Upjunoo.Domain.Privacy;

/// <summary>
/// Marks the property that holds the account id of the person whose personal data a record carries. The personal
/// fields of the record, and of the records nested in it, are encrypted with that person's key (crypto-shredding):
/// a field takes its subject from <see cref="PersonalAttribute.SubjectProperty"/> if set, else from the nearest
/// <c>[DataSubject]</c> property of the record or of a record enclosing it, else from the entity that persists it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter, Inherited = true)]
public sealed class DataSubjectAttribute : Attribute;
